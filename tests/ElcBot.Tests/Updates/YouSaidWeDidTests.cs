using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using ElcBot.Core.Updates;
using ElcBot.Tests.Bot;
using ElcBot.Tests.Cards;
using ElcBot.Tests.Contributions;
using ElcBot.Tests.Summaries;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Updates;

/// <summary>Where updates show up afterwards: the next summary, and `my contributions`.</summary>
public sealed class YouSaidWeDidTests : IAsyncLifetime
{
    private static readonly DateTimeOffset LastSummary = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync() => await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public void Should_show_only_updates_given_since_the_previous_summary_oldest_first()
    {
        ProgressUpdate[] updates =
        [
            Update("before", LastSummary.AddDays(-1)),
            Update("second", LastSummary.AddDays(3)),
            Update("first", LastSummary.AddDays(1)),
            Update("after this summary", LastSummary.AddDays(9)),
        ];

        var lines = UpdateHistory.Lines(updates, LastSummary, LastSummary.AddDays(7), []);

        Assert.Equal(["first", "second"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Should_show_every_update_when_there_was_no_previous_summary()
    {
        var lines = UpdateHistory.Lines([Update("one", LastSummary), Update("two", LastSummary.AddDays(1))], null, LastSummary.AddDays(7), []);

        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void Should_quote_an_ideas_words_only_when_its_author_allowed_quoting()
    {
        SummaryContribution[] round =
        [
            Member("quotable", ConsentLevel.MayQuote, "Evening appointments"),
            Member("themes-only", ConsentLevel.ThemesOnly, "Never quote me"),
        ];
        ProgressUpdate[] updates =
        [
            Update("a", LastSummary.AddDays(1)) with { Subject = UpdateSubject.Idea, SubjectId = "quotable" },
            Update("b", LastSummary.AddDays(2)) with { Subject = UpdateSubject.Idea, SubjectId = "themes-only" },
            Update("c", LastSummary.AddDays(3)),
        ];

        var lines = UpdateHistory.Lines(updates, LastSummary, LastSummary.AddDays(7), round);

        Assert.Equal(["Evening appointments", null, "Waiting rooms"], lines.Select(l => l.SubjectText));
        var card = SampleSummaries.Json(SummaryCard.Build(SampleSummaries.Sample(themes: 1) with { Updates = lines }));
        Assert.DoesNotContain("Never quote me", card);
        var shown = ShownLines.Of(card);
        Assert.Contains(shown, l => l.StartsWith("Idea: “Evening appointments”: We are testing this. a", StringComparison.Ordinal));
        Assert.Contains(shown, l => l.StartsWith("Theme: Waiting rooms: We are testing this. c", StringComparison.Ordinal));
        Assert.Contains("Idea: “Evening appointments”: ", ShownLines.BoldRuns(card));
    }

    [Fact]
    public void Should_add_a_you_said_we_did_section_to_the_summary_card_only_when_there_is_news()
    {
        var with = SampleSummaries.Json(SummaryCard.Build(SampleSummaries.Sample(themes: 1) with
        {
            Updates = [new UpdateLine(UpdateSubject.Theme, "Waiting rooms", UpdateStatus.CannotDo, "There is no space in the building.", LastSummary)],
        }));
        var without = SampleSummaries.Json(SummaryCard.Build(SampleSummaries.Sample(themes: 1)));

        Assert.Contains(UpdatesSection.Heading, with);
        Assert.Contains("We cannot do this, because: There is no space in the building.", with);
        Assert.DoesNotContain(UpdatesSection.Heading, without);
    }

    [Fact]
    public async Task Should_show_each_contributions_latest_news_in_my_contributions()
    {
        var form = ShareTurnTests.Idea("Evening appointments");
        form[ContributionFormCard.TellMeInput] = "true";
        await _bot.SendAsync(Invoke(form, Person("ali")));
        await _bot.SendAsync(Invoke(ShareTurnTests.Story("The nurse rang me back."), Person("ali")));
        var idea = _bot.Contributions.Saved.Values.Single(c => c.Kind == ContributionKind.Idea);
        await SendUpdateAsync(idea.Id, "Testing", "We start in May.", "form-1");
        _bot.Time.Advance(TimeSpan.FromDays(2));
        await SendUpdateAsync(idea.Id, "CannotDo", "The building has no room.", "form-2");

        var card = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(PersonalMessage("my contributions", Person("ali"))))).ToString();

        Assert.Contains("We cannot do this, because: The building has no room.", card);
        Assert.DoesNotContain("We start in May.", card);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(card, "News \\("));
        Assert.Contains("you'll get news", card);
    }

    private async Task SendUpdateAsync(string ideaId, string status, string text, string submission) =>
        await _bot.SendAsync(Invoke(Data(CardActionNames.SendUpdate, new { roundId = "round-1", submissionId = submission, subject = $"idea:{ideaId}", status, text }), Facilitator));

    private static ProgressUpdate Update(string text, DateTimeOffset at) => new("round-1", text, UpdateSubject.Theme, "t1", "s1", "Waiting rooms", ["a"],
        UpdateStatus.Testing, text, "k", at, text);

    private static SummaryContribution Member(string id, ConsentLevel consent, string text) =>
        new(id, ContributionKind.Idea, text, ContributorRole.Carer, consent, "k", LastSummary, false, [], null);
}
