namespace ElcBot.Core.Updates;

/// <summary>What a facilitator said happened to a theme or an idea: the "we did" in "you said, we did".</summary>
/// <param name="RoundId">The round the theme or idea came from.</param>
/// <param name="UpdateId">Derived from the form, so a repeated press stores (and tells people) once.</param>
/// <param name="Subject">Whether it is about a theme or one idea.</param>
/// <param name="SubjectId">The idea's id, or the theme's id within <paramref name="SummaryId"/>; empty once an idea is erased.</param>
/// <param name="SummaryId">For a theme, the summary it was named in.</param>
/// <param name="ThemeLabel">For a theme, its automatic name as that summary showed it.</param>
/// <param name="ContributionIds">The stories and ideas it covers: the idea, or the theme's members when the update was given.</param>
/// <param name="Status">What is happening.</param>
/// <param name="Text">The facilitator's few words (personal data masked); may be empty except for "we cannot do this".</param>
/// <param name="AuthorKey">The facilitator's pseudonymous key; null once they asked to be forgotten.</param>
/// <param name="CreatedAt">When it was given.</param>
/// <param name="SubmissionId">The id the form carried.</param>
public sealed record ProgressUpdate(
    string RoundId,
    string UpdateId,
    UpdateSubject Subject,
    string SubjectId,
    string? SummaryId,
    string? ThemeLabel,
    IReadOnlyList<string> ContributionIds,
    UpdateStatus Status,
    string Text,
    string? AuthorKey,
    DateTimeOffset CreatedAt,
    string SubmissionId);

/// <summary>What an update is about.</summary>
public enum UpdateSubject
{
    Theme,
    Idea,
}

/// <summary>What is happening to a theme or idea, in the words people are used to hearing.</summary>
public enum UpdateStatus
{
    /// <summary>"We are looking into this."</summary>
    LookingInto,

    /// <summary>"We are testing this."</summary>
    Testing,

    /// <summary>"This is now part of the contract."</summary>
    InContract,

    /// <summary>"We cannot do this, because..." (a reason is required).</summary>
    CannotDo,
}
