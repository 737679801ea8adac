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
