using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;
using ElcBot.Core.Updates;
using ElcBot.Tests.Summaries;

namespace ElcBot.Tests.Cards;

/// <summary>
/// People's words go into cards posted under the bot's name. Teams reads a TextBlock as Markdown, so a story holding
/// "[a refund](https://...)" would become a live link in the channel; these cards must show such words as written.
/// </summary>
public sealed class PeoplesWordsCardTests
{
    private const string Link = "[a refund](https://example.test/refund)";
    private const string Words = "**Free** " + Link + " _now_";
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Cards() => new(All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_show_peoples_words_as_written_and_never_as_markdown_when_they_hold_markdown(string name)
    {
        var card = All().Single(c => c.Name == name).Card;

        var markdown = ShownLines.Blocks(card, "TextBlock").Select(b => (string)b["text"]!)
            .Concat(ShownLines.Blocks(card, "FactSet").SelectMany(f => f["facts"]!.AsArray().SelectMany(x => new[] { (string)x!["title"]!, (string)x["value"]! })));
        Assert.DoesNotContain(markdown, text => text.Contains(Link, StringComparison.Ordinal));
        Assert.Contains(ShownLines.Blocks(card, "TextRun"), run => ((string)run["text"]!).Contains(Link, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_keep_a_theme_name_bold_beside_the_note_in_plain_words_when_it_is_shown_on_the_summary()
    {
        var json = SummaryCard.Build(Summary()).ToJsonString();

        Assert.Contains(Words, ShownLines.BoldRuns(json));
        Assert.Contains($"{Words} (automatic name)", ShownLines.Of(json));
    }

    private static IEnumerable<(string Name, JsonObject Card)> All()
    {
        var round = new Round("r1", "c", "t", "team", Words, ElcStage.Discover, null, true, At);
        var idea = new Contribution("r1", "i1", ContributionKind.Idea, Words, ContributorRole.Carer, ConsentLevel.MayQuote, "k", Words, null, At, "s");
        var update = new ProgressUpdate("r1", "u1", UpdateSubject.Theme, "t1", "s1", Words, ["i1"], UpdateStatus.Testing, Words, "k", At, "f1");
        var draft = new PanelDraft("r1", "s1", Summary(), DraftState.InReview, At, At.AddDays(3), []);
        var members = new[] { new PanelMember("r1", "29:p0", Words, ContributorRole.Carer, new PanelAddress("msteams", "https://smba.example/", "28:bot", "t"), At) };
        var quotable = new[] { new SummaryContribution("i1", ContributionKind.Idea, Words, ContributorRole.Carer, ConsentLevel.MayQuote, "k", At, false, [], null) };
        yield return ("summary", SummaryCard.Build(Summary()));
        yield return ("all themes", AllThemesCard.Build(Summary()));
        yield return ("theme ideas", ThemeIdeasCard.Build(Summary().Themes[0], quotable));
        yield return ("round", RoundCard.Build(round));
        yield return ("round picker", RoundPickerCard.Build([round]));
        yield return ("round choice", RoundChoiceCard.Build([new SummaryRound("r1", "c", Words, "Discover", At)]));
        yield return ("form", ContributionFormCard.Build(round, ContributionKind.Idea, "s1", "i0", Words));
        yield return ("ideas", IdeasPageCard.Build(round, new IdeaPage("r1", [new IdeaWithSupport(idea, 2)], 0, 1, 1)));
        yield return ("my contributions", MyContributionsCard.Build([new MyContribution(idea, round, 2)], new Dictionary<string, ProgressUpdate> { ["i1"] = update }));
        yield return ("update form", UpdateFormCard.Build(new UpdateForm("r1", Words, null, [], [("i1", "An idea")]), "f1"));
        yield return ("update sent", UpdateSentCard.Build(update, new DeliveryReport(1, 1, 0, Words)));
        yield return ("update news", UpdateNoticeCard.Build(new UpdateNotice(Words, update, Words)));
        yield return ("update round choice", UpdateRoundChoiceCard.Build([round]));
        yield return ("panel role", PanelRoleCard.Build("r1", "29:p0", Words));
        yield return ("panel list", PanelListCard.Build("r1", Words, members, draft, $"Done. {Words} is on the panel now."));
        yield return ("panel log", PanelLogCard.Build(Words, [new PanelChange("r1", At, new PanelActor("29:p0", Words), new ChangeNote(PanelChangeKind.Renamed, Words, Words), "s1")]));
        yield return ("panel draft", PanelDraftCard.Build(draft, members, "29:p0"));
        yield return ("panel theme", PanelThemeCard.Build(draft, draft.Summary.Themes[0], quotable));
    }

    private static RoundSummary Summary() => SampleSummaries.Sample(themes: 2) with
    {
        Question = Words,
        Themes = [.. SampleSummaries.Sample(themes: 2).Themes.Select(t => t with { Label = Words, Quotes = [new Quote("i1", Words, VoiceGroup.LivedExperience)] })],
        SharedGround = [Words],
        NeedsMoreVoices = [Words],
        New = new WhatIsNew(At, 1, [Words]),
        Updates = [new UpdateLine(UpdateSubject.Idea, Words, UpdateStatus.Testing, Words, At)],
    };
}
