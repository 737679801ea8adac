using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Bot.Installation;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"Start the round" on the round start form: the form becomes the round card.</summary>
/// <remarks>The round card is for everyone in the conversation to share from; refusals and corrections are for the presser.</remarks>
public sealed partial class StartRoundAction(FacilitatorCheck facilitators, RoundService rounds, ConversationRegistrar registrar, ILogger<StartRoundAction> logger) : ICardActionHandler
{
    public string Action => CardActionNames.StartRound;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            LogRefused(logger, "not a facilitator");
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.NotFacilitator));
        }

        if (TurnPeople.IsPersonal(turnContext.Activity))
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.StartInTeam));
        }

        var scope = TurnPeople.ScopeOf(turnContext.Activity);
        var question = CardData.String(data, RoundStartCard.QuestionInput);
        var stage = CardData.String(data, RoundStartCard.StageInput);
        var endsOn = CardData.String(data, RoundStartCard.EndsOnInput);
        var result = await rounds.StartAsync(new StartRoundRequest(scope.ConversationId, scope.TenantId, scope.TeamId, question, stage, endsOn), cancellationToken).ConfigureAwait(false);
        if (result.Outcome != StartRoundOutcome.Invalid)
        {
            // The round's summaries are posted here later, and the bot may have been installed from another channel.
            await registrar.RememberAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }

        switch (result.Outcome)
        {
            case StartRoundOutcome.Started:
                LogStarted(logger, result.Round!.Id, result.Round.Stage);
                return CardActionResult.ReplaceForEveryone(RoundCard.Build(result.Round));
            case StartRoundOutcome.AlreadyOpen when result.Round is { } open:
                LogRefused(logger, "a round is already open");
                return CardActionResult.ReplaceForEveryone(RoundCard.Build(open));
            case StartRoundOutcome.AlreadyOpen:
                return CardActionResult.Replace(NoticeCard.Build("A round was just started here. Type **ideas** to see it."));
            default:
                LogInvalid(logger, string.Join(",", result.Problems));
                return CardActionResult.Replace(RoundStartCard.Build(question, stage, endsOn, result.Problems));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Round {RoundId} started at stage {Stage}")]
    private static partial void LogStarted(ILogger logger, string roundId, ElcStage stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Round start refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Round start form sent back: {Problems}")]
    private static partial void LogInvalid(ILogger logger, string problems);
}
