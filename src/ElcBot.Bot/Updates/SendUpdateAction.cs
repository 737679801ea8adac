using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Bot.Facilitation;
using ElcBot.Core.Rounds;
using ElcBot.Core.Updates;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Updates;

/// <summary>"Send the update": kept once, then each person who asked to hear is told; the form becomes a note of how many.</summary>
/// <remarks>Refusals are said beside the form, never in its place, so nothing typed is lost.</remarks>
public sealed partial class SendUpdateAction(
    IFacilitatorCheck facilitators,
    ContributorIdentity identity,
    IRoundStore rounds,
    UpdateService updates,
    UpdateSender sender,
    UpdateFormSource forms,
    ILogger<SendUpdateAction> logger) : ICardActionHandler
{
    public string Action => CardActionNames.SendUpdate;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            LogRefused(logger, "not a facilitator");
            return CardActionResult.Say(FacilitatorReplies.NotAllowed);
        }

        var key = identity.KeyOf(turnContext);
        var round = CardData.String(data, "roundId") is { } id ? await rounds.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (key is null || round is null || !UpdateAccess.MayUpdateFromHere(turnContext.Activity, round))
        {
            LogRefused(logger, key is null ? "unknown person" : "round unknown here");
            return CardActionResult.Say(key is null ? NoticeCard.UnknownPerson : NoticeCard.RoundUnknown);
        }

        var values = new UpdateFormValues(
            CardData.String(data, UpdateFormCard.SubjectInput),
            CardData.String(data, UpdateFormCard.StatusInput),
            CardData.String(data, UpdateFormCard.TextInputId));
        var submissionId = CardData.String(data, "submissionId");
        var result = await updates.RecordAsync(
            new UpdateRequest(round.Id, values.Subject, CardData.String(data, "summaryId"), values.Status, values.Text, submissionId, key), cancellationToken)
            .ConfigureAwait(false);
        LogOutcome(logger, result.Outcome, round.Id, string.Join(",", result.Problems), string.Join(",", result.Masked?.Kinds ?? []));
        switch (result.Outcome)
        {
            case UpdateOutcome.Saved or UpdateOutcome.AlreadySaved:
                var reference = turnContext.Activity.GetConversationReference();
                // Kept only to say where to post how it went: not who pressed.
                reference.User = null;
                var reportTo = JsonConvert.SerializeObject(reference);
                var progress = await sender.SendAsync(result.Update!, reportTo, cancellationToken).ConfigureAwait(false);
                return CardActionResult.Replace(progress.Report is { } report
                    ? UpdateSentCard.Build(result.Update!, report)
                    : UpdateSentCard.Sending(result.Update!, progress.SubjectText));
            case UpdateOutcome.Invalid:
                var form = await forms.LoadAsync(round, cancellationToken).ConfigureAwait(false);
                return CardActionResult.Replace(UpdateFormCard.Build(form, submissionId ?? Guid.NewGuid().ToString("N"), values, result.Problems));
            case UpdateOutcome.NeedsCheck:
                var again = await forms.LoadAsync(round, cancellationToken).ConfigureAwait(false);
                return CardActionResult.Replace(UpdateFormCard.Build(again, submissionId!, values with { Text = result.Masked!.Text }, masked: result.Masked.Kinds));
            default:
                return CardActionResult.Say(NoticeCard.RoundUnknown);
        }
    }

    // Never the words themselves: what happened, which fields, and what kinds of personal data were hidden.
    [LoggerMessage(Level = LogLevel.Information, Message = "Update {Outcome} in round {RoundId} (problems: {Problems}; hidden: {Hidden})")]
    private static partial void LogOutcome(ILogger logger, UpdateOutcome outcome, string roundId, string problems, string hidden);

    [LoggerMessage(Level = LogLevel.Information, Message = "Update refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
