using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Summaries;

namespace ElcBot.Tests.Cards;

/// <summary>The review panel's cards, short and long, for <see cref="CardCatalogue"/>.</summary>
public static class PanelCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        var members = Members(ContributorRole.Carer, ContributorRole.HealthOrCareStaff, ContributorRole.VoluntarySectorStaff, ContributorRole.OtherOrPreferNotToSay);
        var draft = Draft(themes: 3) with { ApprovedBy = ["29:p0"] };
        var big = Draft(themes: 40, quoteLength: 2_000);
        yield return ("panel role", PanelRoleCard.Build("r1", "29:sam", "Sam Jones"));
        yield return ("panel role (chosen)", PanelRoleCard.Build("r1", "29:sam", "Sam Jones", role: "Carer"));
        yield return ("panel role (not chosen)", PanelRoleCard.Build("r1", "29:sam", "Sam Jones", roleMissing: true));
        yield return ("panel list", PanelListCard.Build("r1", Question, members, draft, "Done. Sam Jones is on the panel now. I've sent them a message to say so."));
        yield return ("panel list (full panel)", PanelListCard.Build("r1", Question,
            Members([.. Enumerable.Repeat(ContributorRole.VoluntarySectorStaff, PanelBalance.MaxMembers)]), draft));
        yield return ("panel list (empty)", PanelListCard.Build("r1", Question, [], null));
        yield return ("panel log", PanelLogCard.Build(Question, Changes()));
        yield return ("panel log (long)", PanelLogCard.Build(Question, [.. Enumerable.Range(0, 20).SelectMany(_ => Changes())]));
        yield return ("panel log (empty)", PanelLogCard.Build(Question, []));
        yield return ("panel draft", PanelDraftCard.Build(draft, members, "29:p1", notice: "Done. I've renamed the theme."));
        yield return ("panel draft (approved)", PanelDraftCard.Build(draft, members, "29:p0"));
        yield return ("panel draft (changed after you approved)", PanelDraftCard.Build(draft, members, "29:p1", notice: PanelWords.Notice(PanelNotice.ApprovalSetAside, draft)));
        yield return ("panel draft (reminder)", PanelDraftCard.Build(draft, members, "29:p1", notice: PanelWords.Notice(PanelNotice.Reminder, draft)));
        yield return ("panel draft (changed while looking)", PanelDraftCard.Build(draft, members, "29:p1", notice: ElcBot.Bot.Panels.PanelReplies.ChangedSinceSeen));
        yield return ("panel draft (changed, approvers asked again)", PanelDraftCard.Build(draft, members, "29:p1",
            notice: $"{ElcBot.Bot.Panels.PanelReplies.Done(PanelCardActions.Rename)} {ElcBot.Bot.Panels.PanelReplies.AskedAgain}"));
        yield return ("panel draft (long)", PanelDraftCard.Build(big, members, "29:p1", page: 3));
        yield return ("panel draft (posted)", PanelDraftCard.Build(draft with { State = DraftState.Published, PublishedAt = At.AddDays(1) }, members, "29:p1"));
        yield return ("panel draft (change pressed after it was posted)", PanelDraftCard.Build(draft with { State = DraftState.Published, PublishedAt = At.AddDays(1) }, members, "29:p1",
            problem: ElcBot.Bot.Panels.PanelReplies.TooLate(PanelCardActions.Rename, DraftState.Published, replaced: false)));
        yield return ("panel theme", PanelThemeCard.Build(big, big.Summary.Themes[0], Ideas(40), "Please tick the ideas to move to the new theme."));
        yield return ("panel theme (short)", PanelThemeCard.Build(Draft(themes: 1), Draft(themes: 1).Summary.Themes[0], Ideas(3)));
        yield return ("summary (reviewed by a panel)", SummaryCard.Build(SampleSummaries.Sample(themes: 3) with
        {
            Review = new PanelReview(5, 3),
            Themes = [.. SampleSummaries.Sample(themes: 3).Themes.Select((t, i) => t with { LabelStatus = (ThemeLabelStatus)(i % 3) })],
        }));
    }

    private const string Question = "What would make it easier to get help with your mental health?";

    private static PanelDraft Draft(int themes, int quoteLength = 60) =>
        new("r1", "s1", SampleSummaries.Sample(themes, quoteLength) with
        {
            Themes = [.. SampleSummaries.Sample(themes, quoteLength).Themes.Select((t, i) => t with { LabelStatus = (ThemeLabelStatus)(i % 3) })],
        }, DraftState.InReview, At, At.AddDays(3), []);

    private static PanelMember[] Members(params ContributorRole[] roles) => roles
        .Select((r, i) => new PanelMember("r1", $"29:p{i}", $"Person {i} Smith", r, new PanelAddress("msteams", "https://smba.example/", "28:bot", "t"), At))
        .ToArray();

    private static SummaryContribution[] Ideas(int count) => Enumerable.Range(0, count)
        .Select(i => new SummaryContribution($"m{i}", ContributionKind.Idea,
            "A quiet place to wait that is kind, with water, a clock and a person to ask when you are scared and the wait is long.",
            ContributorRole.Carer, i % 4 == 0 ? ConsentLevel.ThemesOnly : ConsentLevel.MayQuote, $"k{i}", At, false, [], null))
        .ToArray();

    private static PanelChange[] Changes()
    {
        PanelChange C(PanelChangeKind kind, string? subject = null, string? value = null, int count = 0, int of = 0, int reset = 0) =>
            new("r1", At, new PanelActor("29:sam", "Sam Jones"), new ChangeNote(kind, subject, value, count, of, ApprovalsReset: reset), "s1");
        return
        [
            C(PanelChangeKind.MemberAdded, "Ali Khan", nameof(ContributorRole.Carer)),
            C(PanelChangeKind.MemberRemoved, "Jo Brown"),
            C(PanelChangeKind.DraftSent, count: 4),
            C(PanelChangeKind.Renamed, "waiting room", "A calm place to wait"),
            C(PanelChangeKind.MarkedWrong, "phone lines", reset: 1),
            C(PanelChangeKind.Merged, "help at home", "care at home", reset: 2),
            C(PanelChangeKind.Split, "care at home", "Help at night", 3),
            C(PanelChangeKind.Approved, count: 2, of: 4),
            C(PanelChangeKind.Reminded, count: 3),
            C(PanelChangeKind.Published, count: 2, of: 4),
        ];
    }
}
