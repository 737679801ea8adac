using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;

namespace ElcBot.Tests.Panels;

/// <summary>A small round with two themes, and a draft of its summary, for the panel tests.</summary>
public static class PanelSamples
{
    public const string RoundId = "r1";
    public static readonly DateTimeOffset SentAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Waiting: a (carer, quotable), b (staff, quotable), c (uses services, themes only). Phones: d (staff), e (staff).</summary>
    public static IReadOnlyList<SummaryContribution> Shared { get; } =
    [
        C("a", "A quiet room to wait in, with water and a clock.", ContributorRole.Carer),
        C("b", "Tell people how long the wait will be.", ContributorRole.HealthOrCareStaff),
        C("c", "I waited three hours and nobody said why.", ContributorRole.UsesServices, ConsentLevel.ThemesOnly),
        C("d", "Answer the phone before ten rings.", ContributorRole.HealthOrCareStaff),
        C("e", "A call back when the line is busy.", ContributorRole.HealthOrCareStaff),
    ];

    public static SummaryRound Round { get; } = new(RoundId, "19:general@thread.tacv2", "What would make it easier to get help?", "Discover", SentAt.AddDays(-7));

    public static RoundSummary Summary() => new(
        "s1", RoundId, Round.Question, "Discover", SentAt.AddDays(-7), SentAt,
        new SummaryCounts(1, 4, 0, 0, new Dictionary<VoiceGroup, int> { [VoiceGroup.LivedExperience] = 2, [VoiceGroup.Staff] = 3 }),
        [Theme("t1", "waiting room", "a", "b", "c"), Theme("t2", "phone lines", "d", "e")],
        OtherIdeas: 0,
        SharedGround: ["waiting room"],
        NeedsMoreVoices: ["phone lines"],
        New: new WhatIsNew(null, 5, ["phone lines"]));

    public static PanelDraft Draft() => new(RoundId, "s1", DraftThemes.Refresh(Summary(), Shared), DraftState.InReview, SentAt, SentAt.AddDays(3), []);

    public static ThemeDigest Theme(string id, string label, params string[] members) => new(id, label, members, 0, 0, [], null);

    public static SummaryContribution C(string id, string text, ContributorRole role, ConsentLevel consent = ConsentLevel.MayQuote) =>
        new(id, ContributionKind.Idea, text, role, consent, $"key-{id}", SentAt.AddDays(-1), false, [], null);
}
