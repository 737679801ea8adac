using ElcBot.Core.Privacy;

namespace ElcBot.Core.Updates;

/// <summary>A filled-in update form, as it arrived.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="Subject">"theme:{themeId}" or "idea:{ideaId}", as the form's choice carries it.</param>
/// <param name="SummaryId">The summary whose themes the form offered.</param>
/// <param name="Status">An <see cref="UpdateStatus"/> name.</param>
/// <param name="Text">The facilitator's words.</param>
/// <param name="SubmissionId">The id the form carried.</param>
/// <param name="AuthorKey">The facilitator's pseudonymous key.</param>
public sealed record UpdateRequest(string? RoundId, string? Subject, string? SummaryId, string? Status, string? Text, string? SubmissionId, string AuthorKey)
{
    public const string ThemePrefix = "theme:";
    public const string IdeaPrefix = "idea:";
}

/// <summary>What recording an update came to.</summary>
/// <param name="Outcome">Saved, already saved, sent back, or refused.</param>
/// <param name="Update">The stored update when saved.</param>
/// <param name="Problems">The fields to fix, when sent back.</param>
/// <param name="Masked">When personal data was found: the masked text to check.</param>
public sealed record UpdateResult(UpdateOutcome Outcome, ProgressUpdate? Update, IReadOnlyList<UpdateProblem> Problems, MaskResult? Masked = null);

public enum UpdateOutcome
{
    Saved,
    AlreadySaved,
    Invalid,
    NeedsCheck,
    RoundUnknown,
}

/// <summary>A field that needs fixing before an update can be kept.</summary>
public enum UpdateProblem
{
    SubjectMissing,
    SubjectUnknown,
    StatusMissing,
    ReasonMissing,
    TextTooLong,
    SubmissionMissing,
}
