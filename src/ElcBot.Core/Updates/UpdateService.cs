using System.Security.Cryptography;
using System.Text;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;
using ElcBot.Core.Text;

namespace ElcBot.Core.Updates;

/// <summary>Records what a facilitator says happened to a theme or idea: checks the form, masks personal data, stores it once.</summary>
/// <remarks>Callers check that the person is a facilitator first.</remarks>
public sealed class UpdateService(IRoundStore rounds, IContributionStore contributions, ISummaryStore summaries, IUpdateStore updates, TimeProvider time)
{
    public const int MaxTextLength = 500;

    public async Task<UpdateResult> RecordAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        var round = string.IsNullOrWhiteSpace(request.RoundId) ? null : await rounds.GetAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return new UpdateResult(UpdateOutcome.RoundUnknown, null, []);
        }

        var problems = new List<UpdateProblem>();
        var subject = await FindSubjectAsync(round.Id, request, problems, cancellationToken).ConfigureAwait(false);
        var hasStatus = ContributionService.ParseChoice<UpdateStatus>(request.Status, out var status);
        if (!hasStatus)
        {
            problems.Add(UpdateProblem.StatusMissing);
        }

        var text = TypedText.Clean(request.Text);
        if (text.Length > MaxTextLength)
        {
            problems.Add(UpdateProblem.TextTooLong);
        }
        else if (hasStatus && status == UpdateStatus.CannotDo && text.Length == 0)
        {
            // People deserve to know why not.
            problems.Add(UpdateProblem.ReasonMissing);
        }

        if (string.IsNullOrWhiteSpace(request.SubmissionId))
        {
            problems.Add(UpdateProblem.SubmissionMissing);
        }

        if (problems.Count > 0 || subject is null)
        {
            return new UpdateResult(UpdateOutcome.Invalid, null, problems);
        }

        var masked = PersonalDataMasker.Mask(text);
        if (masked.Changed)
        {
            // Many people will read this: nothing is kept until the facilitator has seen what was hidden.
            return new UpdateResult(UpdateOutcome.NeedsCheck, null, [], masked);
        }

        var update = subject with
        {
            UpdateId = IdFor(round.Id, request.AuthorKey, request.SubmissionId!),
            Status = status,
            Text = text,
            CreatedAt = time.GetUtcNow(),
            SubmissionId = request.SubmissionId!,
        };
        var (stored, alreadyThere) = await updates.AddAsync(update, cancellationToken).ConfigureAwait(false);
        return new UpdateResult(alreadyThere ? UpdateOutcome.AlreadySaved : UpdateOutcome.Saved, stored, []);
    }

    /// <summary>The same facilitator sending the same form twice gets the same id, so storage keeps it once.</summary>
    public static string IdFor(string roundId, string authorKey, string submissionId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"update|{roundId}|{authorKey}|{submissionId}")))[..32];

    /// <returns>An update about the chosen theme or idea (the rest filled in by the caller), or null after noting the problem.</returns>
    private async Task<ProgressUpdate?> FindSubjectAsync(string roundId, UpdateRequest request, List<UpdateProblem> problems, CancellationToken cancellationToken)
    {
        var choice = request.Subject?.Trim() ?? string.Empty;
        if (choice.Length == 0)
        {
            problems.Add(UpdateProblem.SubjectMissing);
            return null;
        }

        ProgressUpdate? found = null;
        if (choice.StartsWith(UpdateRequest.ThemePrefix, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(request.SummaryId))
        {
            var summary = await summaries.FindAsync(roundId, request.SummaryId, cancellationToken).ConfigureAwait(false);
            var themeId = choice[UpdateRequest.ThemePrefix.Length..];
            if (summary?.Themes.FirstOrDefault(t => t.ThemeId == themeId) is { } theme)
            {
                found = Blank(roundId, UpdateSubject.Theme, theme.ThemeId, request) with { SummaryId = summary.SummaryId, ThemeLabel = theme.Label, ContributionIds = theme.MemberIds };
            }
        }
        else if (choice.StartsWith(UpdateRequest.IdeaPrefix, StringComparison.Ordinal))
        {
            var idea = await contributions.GetAsync(roundId, choice[UpdateRequest.IdeaPrefix.Length..], cancellationToken).ConfigureAwait(false);
            if (idea is { Kind: ContributionKind.Idea })
            {
                found = Blank(roundId, UpdateSubject.Idea, idea.Id, request) with { ContributionIds = [idea.Id] };
            }
        }

        if (found is null)
        {
            problems.Add(UpdateProblem.SubjectUnknown);
        }

        return found;
    }

    private static ProgressUpdate Blank(string roundId, UpdateSubject subject, string subjectId, UpdateRequest request) =>
        new(roundId, string.Empty, subject, subjectId, null, null, [], default, string.Empty, request.AuthorKey, default, string.Empty);
}
