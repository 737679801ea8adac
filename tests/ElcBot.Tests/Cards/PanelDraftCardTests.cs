using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Panels;

namespace ElcBot.Tests.Cards;

public sealed class PanelDraftCardTests
{
    private static readonly PanelMember[] Members =
        [new(PanelSamples.RoundId, "29:p0", "Sam", ContributorRole.Carer, new PanelAddress("msteams", "https://smba.example/", "28:bot", "tenant-1"), DateTimeOffset.UnixEpoch)];

    [Fact]
    public void Should_show_each_theme_with_the_quotes_and_most_supported_idea_the_posted_summary_will_show()
    {
        var quoted = string.Concat(Enumerable.Repeat("The phone line cut me off twice in the morning. ", 10));
        var theme = PanelSamples.Theme("t1", "phone lines", "a", "b") with
        {
            Quotes = [new Quote("a", quoted, VoiceGroup.LivedExperience), new Quote("b", "Ring back when it is busy.", VoiceGroup.Staff)],
            TopIdea = new SupportedIdea("b", "Ring back when it is busy.", 2),
        };
        var summary = PanelSamples.Summary() with { Themes = [theme] };

        var draft = ShownLines.Of(PanelDraftCard.Build(PanelSamples.Draft() with { Summary = summary }, Members, "29:p0").ToJsonString());
        var posted = ShownLines.Of(SummaryCard.Build(summary).ToJsonString());

        string[] words = [.. posted.Where(l => l.StartsWith('“') || l.StartsWith("Most supported idea", StringComparison.Ordinal))];
        Assert.Equal(3, words.Length);
        Assert.All(words, l => Assert.Contains(l, draft));
    }

    [Fact]
    public void Should_keep_every_theme_of_the_page_and_say_quotes_were_left_out_when_long_chinese_quotes_would_not_fit_in_teams()
    {
        var draft = new PanelDraft("r1", "d1", FullCards.Summary(nameof(FullCards.Chinese)), DraftState.InReview, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(3), []);

        var card = PanelDraftCard.Build(draft, Members, "29:p0", page: 1, notice: FullCards.Chinese(300));

        Assert.True(CardBudget.Fits(card));
        var themesShown = Newtonsoft.Json.Linq.JObject.Parse(card.ToJsonString()).SelectTokens("$..actions[?(@.type == 'Action.Execute')].data.themeId").Select(t => (string?)t).Distinct().Count();
        Assert.Equal(Math.Min(PanelDraftCard.ThemesPerPage, draft.Summary.Themes.Count), themesShown);
        Assert.Contains("not shown here, to keep this card small enough for Teams", card.ToJsonString());
    }

    [Fact]
    public void Should_show_every_quote_and_say_none_were_left_out_when_the_page_fits_in_teams()
    {
        var card = PanelDraftCard.Build(PanelSamples.Draft(), Members, "29:p0");

        Assert.DoesNotContain("not shown here", card.ToJsonString());
    }

    [Theory]
    [InlineData(DraftState.InReview, PanelDraftCard.Title)]
    [InlineData(DraftState.Publishing, PanelDraftCard.Title)]
    [InlineData(DraftState.Published, PanelDraftCard.PostedTitle)]
    public void Should_say_in_its_title_whether_the_summary_was_posted_when_the_draft_is_shown(DraftState state, string title)
    {
        var draft = PanelSamples.Draft() with { State = state, PublishedAt = state == DraftState.Published ? PanelSamples.SentAt.AddDays(1) : null };

        var lines = ShownLines.Of(PanelDraftCard.Build(draft, Members, "29:p0").ToJsonString());

        Assert.Equal(title, lines[0]);
    }

    [Fact]
    public void Should_set_a_problem_apart_from_a_notice_when_a_press_changed_nothing()
    {
        var card = PanelDraftCard.Build(PanelSamples.Draft(), Members, "29:p0", problem: "Your change was not made.");

        var shown = ShownLines.Blocks(card, "TextRun").Single(r => (string?)r["text"] == "Your change was not made.");
        Assert.Equal("Attention", (string?)shown["color"]);
    }
}
