using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;

namespace ElcBot.Core.Contributions;

/// <summary>A filled-in story or idea form, as it arrived, with who sent it and from where.</summary>
/// <remarks><c>TellMeWhatHappens</c> is the optional "tell me what happens next" tick; off unless the person ticks it.</remarks>
public sealed record ShareRequest(
    string? RoundId,
    ContributionKind Kind,
    string? Text,
    string? Role,
    string? Consent,
    bool CreditByName,
    string? PersonName,
    bool AgreedToKeep,
    string? BuildsOnId,
    string? SubmissionId,
    string ContributorKey,
    RoundScope Scope,
    bool TellMeWhatHappens = false);

/// <summary>What sharing came to.</summary>
/// <param name="Outcome">Saved, already saved, sent back, or refused.</param>
/// <param name="Contribution">The stored contribution when saved.</param>
/// <param name="Problems">The fields to fix, when sent back.</param>
/// <param name="Masked">When personal data was found: the masked text to check and what was hidden.</param>
public sealed record ShareResult(ShareOutcome Outcome, Contribution? Contribution, IReadOnlyList<ShareProblem> Problems, MaskResult? Masked = null);

public enum ShareOutcome
{
    Saved,
    AlreadySaved,
    Invalid,
    NeedsCheck,
    RoundUnknown,
    RoundClosed,
    NotAllowed,
}

/// <summary>A field that needs fixing before a contribution can be kept.</summary>
public enum ShareProblem
{
    TextMissing,
    TextTooLong,
    RoleMissing,
    ConsentMissing,
    AgreementMissing,
    BuildsOnUnknown,
    SubmissionMissing,
}
