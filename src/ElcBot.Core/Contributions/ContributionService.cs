using System.Security.Cryptography;
using System.Text;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.Core.Text;
using ElcBot.Core.Themes;

namespace ElcBot.Core.Contributions;

/// <summary>Shares a story or idea: checks the form and the round, masks personal data, and stores it once.</summary>
public sealed class ContributionService(IContributionStore contributions, RoundService roundRules, IPendingEmbeddings embeddings, TimeProvider time)
{
    public const int MaxStoryLength = 2_000;
    public const int MaxIdeaLength = 1_000;

    public static int MaxLength(ContributionKind kind) => kind == ContributionKind.Story ? MaxStoryLength : MaxIdeaLength;

    /// <param name="round">The round the request names, as the caller has just read it (it checks where the person acts from); null when there is none.</param>
    public async Task<ShareResult> ShareAsync(Round? round, ShareRequest request, CancellationToken cancellationToken)
    {
        if (round is null || round.Id != request.RoundId)
        {
            return Refused(ShareOutcome.RoundUnknown);
        }

        if (!round.Allows(request.Scope))
        {
            return Refused(ShareOutcome.NotAllowed);
        }

        if (!roundRules.AcceptsContributions(round))
        {
            return Refused(ShareOutcome.RoundClosed);
        }

        var text = TypedText.Clean(request.Text);
        var problems = new List<ShareProblem>();
        if (text.Length == 0)
        {
            problems.Add(ShareProblem.TextMissing);
        }
        else if (text.Length > MaxLength(request.Kind))
        {
            problems.Add(ShareProblem.TextTooLong);
        }

        var hasRole = ParseChoice<ContributorRole>(request.Role, out var role);
        if (!hasRole)
        {
            problems.Add(ShareProblem.RoleMissing);
        }

        if (!ParseChoice<ConsentLevel>(request.Consent, out var consent))
        {
            problems.Add(ShareProblem.ConsentMissing);
        }

        if (!request.AgreedToKeep)
        {
            problems.Add(ShareProblem.AgreementMissing);
        }

        if (string.IsNullOrWhiteSpace(request.SubmissionId))
        {
            problems.Add(ShareProblem.SubmissionMissing);
        }

        var buildsOn = string.IsNullOrWhiteSpace(request.BuildsOnId) ? null : request.BuildsOnId.Trim();
        if (buildsOn is not null && await contributions.GetAsync(round.Id, buildsOn, cancellationToken).ConfigureAwait(false) is null)
        {
            problems.Add(ShareProblem.BuildsOnUnknown);
        }

        if (problems.Count > 0)
        {
            return new ShareResult(ShareOutcome.Invalid, null, problems);
        }

        var masked = PersonalDataMasker.Mask(text);
        if (masked.Changed)
        {
            // Nothing is kept until the person has seen what was hidden and sent the checked words.
            return new ShareResult(ShareOutcome.NeedsCheck, null, [], masked);
        }

        var contribution = new Contribution(
            round.Id,
            IdFor(round.Id, request.ContributorKey, request.SubmissionId!),
            request.Kind,
            text,
            role,
            consent,
            request.ContributorKey,
            request.CreditByName && !string.IsNullOrWhiteSpace(request.PersonName) ? TypedText.Clean(request.PersonName) : null,
            buildsOn,
            time.GetUtcNow(),
            request.SubmissionId!,
            MayContact: request.TellMeWhatHappens);
        var (stored, alreadyThere) = await contributions.AddAsync(contribution, cancellationToken).ConfigureAwait(false);
        if (!alreadyThere)
        {
            // Embedded in the background: the person's confirmation never waits for the model.
            embeddings.TryEnqueue(stored.RoundId, stored.Id, stored.Text);
        }

        return new ShareResult(alreadyThere ? ShareOutcome.AlreadySaved : ShareOutcome.Saved, stored, []);
    }

    /// <summary>The same person sending the same form twice gets the same id, so storage keeps it once.</summary>
    public static string IdFor(string roundId, string contributorKey, string submissionId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{roundId}|{contributorKey}|{submissionId}")))[..32];

    /// <summary>Reads a choice by its name only (numbers are refused, so unknown values never slip through).</summary>
    public static bool ParseChoice<T>(string? value, out T choice) where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: true, out choice) && Enum.IsDefined(choice) && !value!.Trim().All(c => char.IsAsciiDigit(c) || c == '-');

    private static ShareResult Refused(ShareOutcome outcome) => new(outcome, null, []);
}
