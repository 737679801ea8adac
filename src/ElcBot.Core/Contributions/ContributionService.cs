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
        if (alreadyThere && !string.Equals(stored.Text, text, StringComparison.Ordinal))
        {
            // The same form sent again with other words is a second story, not a repeat delivery: a form can still be
            // there after it was shared (on another device, after a reload, on an older client), and "saved" must not
            // answer words that were dropped. Its id comes from the words too, so a repeat of this press is kept once.
            var another = contribution with { Id = IdFor(round.Id, request.ContributorKey, $"{request.SubmissionId}|{WordsKey(text)}") };
            (stored, alreadyThere) = await contributions.AddAsync(another, cancellationToken).ConfigureAwait(false);
        }

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

    private static string WordsKey(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>Reads a choice by its name only (numbers are refused, so unknown values never slip through).</summary>
    public static bool ParseChoice<T>(string? value, out T choice) where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: true, out choice) && Enum.IsDefined(choice) && !value!.Trim().All(c => char.IsAsciiDigit(c) || c == '-');

    private static ShareResult Refused(ShareOutcome outcome) => new(outcome, null, []);
}
