using ElcBot.Core.Contributions;

namespace ElcBot.Core.Summaries;

/// <summary>What a summary says about a round at one moment; kept so the next one can say what is new.</summary>
/// <remarks>
/// <c>Updates</c> holds what facilitators said happened since the previous summary (null in summaries kept before).
/// <c>PostedMessageId</c> is the id Teams gave the posted card, so words erased later can be taken out of it there too
/// (null in summaries kept before it was recorded).
/// <c>NextSummaryOn</c> is the day, in the schedule's time zone, the round's weekly summary was next due when this one
/// was posted (null with no weekly summary, or a paused one).
/// </remarks>
public sealed record RoundSummary(
    string SummaryId,
    string RoundId,
    string Question,
    string Stage,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    SummaryCounts Counts,
    IReadOnlyList<ThemeDigest> Themes,
    int OtherIdeas,
    IReadOnlyList<string> SharedGround,
    IReadOnlyList<string> NeedsMoreVoices,
    WhatIsNew New,
    IReadOnlyList<UpdateLine>? Updates = null,
    PanelReview? Review = null,
    string? PostedMessageId = null,
    DateOnly? NextSummaryOn = null);

/// <summary>How many stories, ideas, supports and people, by voice group.</summary>
public sealed record SummaryCounts(
    int Stories,
    int Ideas,
    int Supports,
    int Imported,
    IReadOnlyDictionary<VoiceGroup, int> ContributorsByGroup,
    IReadOnlyDictionary<VoiceGroup, int>? SupportsByGroup = null,
    string? BalanceNote = null,
    IReadOnlyDictionary<ContributorRole, int>? ContributorsByRole = null)
{
    public int Contributors => ContributorsByGroup.Values.Sum();
}

/// <summary>One theme as a summary shows it. The label is generated; quotes are people's own words.</summary>
/// <param name="ThemeId">Stable within the summary.</param>
/// <param name="Label">Generated from members' words (shown as automatic), unless a review panel renamed it.</param>
/// <param name="MemberIds">Contribution ids, closest to the theme's centre first.</param>
/// <param name="LivedExperienceShare">Share of members from people with lived experience, 0 to 1.</param>
/// <param name="StaffShare">Share of members from staff, 0 to 1.</param>
/// <param name="Quotes">Up to two members whose authors allowed quoting.</param>
/// <param name="TopIdea">The most supported idea in the theme, if any idea has support.</param>
/// <param name="LabelStatus">Whether a review panel renamed or questioned the generated label.</param>
/// <param name="LivedExperienceSupports">Times people with lived experience said a member matters to them (0 in summaries made before it was counted).</param>
/// <param name="StaffSupports">Times staff said a member matters to them.</param>
public sealed record ThemeDigest(
    string ThemeId,
    string Label,
    IReadOnlyList<string> MemberIds,
    double LivedExperienceShare,
    double StaffShare,
    IReadOnlyList<Quote> Quotes,
    SupportedIdea? TopIdea,
    ThemeLabelStatus LabelStatus = ThemeLabelStatus.Automatic,
    int LivedExperienceSupports = 0,
    int StaffSupports = 0)
{
    public int Size => MemberIds.Count;

    /// <summary>Raised or supported by both people with lived experience and staff ("shared ground").</summary>
    public bool IsSharedGround => (LivedExperienceShare > 0 || LivedExperienceSupports > 0) && (StaffShare > 0 || StaffSupports > 0);
}

/// <summary>A contributor's own words, with the group they spoke from.</summary>
public sealed record Quote(string ContributionId, string Text, VoiceGroup Group);

/// <summary>An idea and how many people said it matters to them; text only when its author allowed quoting.</summary>
public sealed record SupportedIdea(string ContributionId, string? QuotableText, int Supports);

/// <summary>What changed since the previous summary of the round.</summary>
public sealed record WhatIsNew(DateTimeOffset? PreviousSummaryAt, int NewContributions, IReadOnlyList<string> NewThemes);

/// <summary>One "you said, we did" line of a summary.</summary>
/// <param name="Subject">Theme or idea.</param>
/// <param name="SubjectText">The theme's name, or the idea's words when its author allowed quoting; otherwise null.</param>
/// <param name="Status">What is happening.</param>
/// <param name="Text">The facilitator's words.</param>
/// <param name="At">When the update was given.</param>
public sealed record UpdateLine(Updates.UpdateSubject Subject, string? SubjectText, Updates.UpdateStatus Status, string Text, DateTimeOffset At);
