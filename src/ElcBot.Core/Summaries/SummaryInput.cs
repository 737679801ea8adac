using ElcBot.Core.Contributions;

namespace ElcBot.Core.Summaries;

/// <summary>One contribution as the summary sees it, with the voice groups of the people who supported it.</summary>
public sealed record SummaryContribution(
    string Id,
    ContributionKind Kind,
    string Text,
    ContributorRole Role,
    ConsentLevel Consent,
    string ContributorKey,
    DateTimeOffset SharedAt,
    bool Imported,
    IReadOnlyList<VoiceGroup> SupporterGroups,
    float[]? Vector)
{
    public VoiceGroup Group => VoiceGroups.Of(Role);
}

/// <summary>The round being summarised.</summary>
public sealed record SummaryRound(string RoundId, string Question, string Stage, DateTimeOffset OpenedAt);
