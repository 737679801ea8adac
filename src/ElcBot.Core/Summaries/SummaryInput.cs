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

/// <summary>The round being summarised, and the conversation its summaries are posted into.</summary>
public sealed record SummaryRound(string RoundId, string ConversationId, string Question, string Stage, DateTimeOffset OpenedAt);

/// <summary>Everything a summary is made from.</summary>
public sealed record SummarySourceData(SummaryRound Round, IReadOnlyList<SummaryContribution> Contributions);
