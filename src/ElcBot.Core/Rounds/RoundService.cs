using ElcBot.Core.Text;

namespace ElcBot.Core.Rounds;

/// <summary>Starts and closes rounds. Callers check that the person is a facilitator first.</summary>
public sealed class RoundService(IRoundStore rounds, TimeProvider time)
{
    public const int MaxQuestionLength = 300;

    public async Task<StartRoundResult> StartAsync(StartRoundRequest request, CancellationToken cancellationToken)
    {
        var problems = new List<RoundProblem>();
        var question = TypedText.Clean(request.Question);
        if (question.Length == 0)
        {
            problems.Add(RoundProblem.QuestionMissing);
        }
        else if (question.Length > MaxQuestionLength)
        {
            problems.Add(RoundProblem.QuestionTooLong);
        }

        if (!Enum.TryParse<ElcStage>(request.Stage, ignoreCase: true, out var stage) || !Enum.IsDefined(stage) || int.TryParse(request.Stage, out _))
        {
            problems.Add(RoundProblem.StageUnknown);
        }

        DateOnly? endsOn = null;
        var today = UkCalendar.Today(time);
        if (!string.IsNullOrWhiteSpace(request.EndsOn))
        {
            if (!DateOnly.TryParseExact(request.EndsOn.Trim(), "yyyy-MM-dd", out var date) || date < today)
            {
                problems.Add(RoundProblem.EndDateInvalid);
            }
            else
            {
                endsOn = date;
            }
        }

        if (problems.Count > 0)
        {
            return new StartRoundResult(StartRoundOutcome.Invalid, null, problems);
        }

        var round = new Round(Guid.NewGuid().ToString("N"), request.ConversationId, request.TenantId, request.TeamId, question, stage, endsOn, IsOpen: true, time.GetUtcNow());
        if (!await rounds.TryOpenAsync(round, cancellationToken).ConfigureAwait(false))
        {
            var open = await rounds.FindOpenAsync(request.ConversationId, cancellationToken).ConfigureAwait(false);
            return new StartRoundResult(StartRoundOutcome.AlreadyOpen, open, []);
        }

        return new StartRoundResult(StartRoundOutcome.Started, round, []);
    }

    /// <returns>The round that was closed, or null when the conversation had no open round.</returns>
    public async Task<Round?> CloseAsync(string conversationId, CancellationToken cancellationToken)
    {
        var open = await rounds.FindOpenAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (open is null)
        {
            return null;
        }

        await rounds.CloseAsync(open, cancellationToken).ConfigureAwait(false);
        return open with { IsOpen = false };
    }

    /// <summary>An open round whose last day (in the UK) has not passed.</summary>
    public bool AcceptsContributions(Round round) =>
        round.IsOpen && (round.EndsOn is not { } end || end >= UkCalendar.Today(time));
}

/// <summary>What a facilitator filled in on the round start form, as typed.</summary>
public sealed record StartRoundRequest(string ConversationId, string? TenantId, string? TeamId, string? Question, string? Stage, string? EndsOn);

/// <summary>What starting a round came to.</summary>
public sealed record StartRoundResult(StartRoundOutcome Outcome, Round? Round, IReadOnlyList<RoundProblem> Problems);

public enum StartRoundOutcome
{
    Started,
    AlreadyOpen,
    Invalid,
}

/// <summary>Why a round start form was sent back.</summary>
public enum RoundProblem
{
    QuestionMissing,
    QuestionTooLong,
    StageUnknown,
    EndDateInvalid,
}
