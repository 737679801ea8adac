using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Bot.Updates;
using ElcBot.Core.Contributions;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"Share" on a story or idea form: saved once and thanked, or the same form back with what to fix.</summary>
public sealed partial class ShareAction(ContributionService contributions, RoundAccess access, ContributorIdentity identity, ContactCapture contacts, ILogger<ShareAction> logger)
    : ICardActionHandler
{
    /// <summary>Added when a share is refused: the form stays as it was, so what they typed is not lost.</summary>
    public const string WordsStillHere = "Your words are still in the form, if you'd like to copy them.";

    public string Action => CardActionNames.Share;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        var key = identity.KeyOf(turnContext);
        if (key is null)
        {
            // A message beside the form, not a card in its place: the form and the words typed into it stay.
            return CardActionResult.Say($"{NoticeCard.UnknownPerson} {WordsStillHere}");
        }

        // A form holding one person's words (typed to the bot in a chat) is theirs alone to share; it stays for them.
        var forUserId = CardData.String(data, ContributionFormCard.ForUserKey);
        if (forUserId is not null && forUserId != TurnPeople.UserIdOf(turnContext.Activity))
        {
            return CardActionResult.Say(ContributionFormCard.NotYours);
        }

        var kind = ContributionService.ParseChoice<ContributionKind>(CardData.String(data, "kind"), out var parsed) ? parsed : ContributionKind.Idea;
        var roundId = CardData.String(data, "roundId");
        var (round, scope) = await access.FindAsync(turnContext, roundId, cancellationToken).ConfigureAwait(false);
        var values = new ContributionFormValues(
            CardData.String(data, ContributionFormCard.TextInputId),
            CardData.String(data, ContributionFormCard.RoleInput),
            CardData.String(data, ContributionFormCard.CreditInput),
            CardData.String(data, ContributionFormCard.ConsentInput),
            CardData.Flag(data, ContributionFormCard.AgreeInput),
            CardData.Flag(data, ContributionFormCard.TellMeInput));
        var submissionId = CardData.String(data, "submissionId");
        var buildsOnId = CardData.String(data, "buildsOnId");
        var request = new ShareRequest(roundId, kind, values.Text, values.Role, values.Consent,
            values.Credit == ContributionFormCard.CreditByName, turnContext.Activity.From?.Name, values.Agreed, buildsOnId, submissionId, key,
            scope ?? TurnPeople.ScopeOf(turnContext.Activity), values.TellMe);
        var result = await contributions.ShareAsync(round, request, cancellationToken).ConfigureAwait(false);
        LogOutcome(logger, result.Outcome, kind, LoggedId.Of(roundId), string.Join(",", result.Problems), string.Join(",", result.Masked?.Kinds ?? []));
        if (result.Contribution is { MayContact: true })
        {
            // Also on a repeated delivery, so an address lost to a failed write is kept the second time.
            await contacts.RememberAsync(turnContext, key, cancellationToken).ConfigureAwait(false);
        }

        return result.Outcome switch
        {
            ShareOutcome.Saved or ShareOutcome.AlreadySaved => forUserId is null
                ? CardActionResult.Replace(SharedCard.Build(result.Contribution!))
                // A form holding one person's words is seen by everyone in the chat: once shared, it stops showing them,
                // so they are seen only as the person chose (perhaps by the facilitators alone).
                : CardActionResult.ReplaceForEveryone(SharedCard.Build(result.Contribution!), NoticeCard.Build(ContributionFormCard.SharedFromChat)),
            // A link to an idea that is gone is dropped, so the words can still be shared on their own.
            // The form sent back holds the person's words: where it could only be posted for everyone, they are told what to fix instead.
            ShareOutcome.Invalid => CardActionResult.ReplaceForPresserOnly(ContributionFormCard.Build(round!, kind, submissionId ?? Guid.NewGuid().ToString("N"),
                result.Problems.Contains(ShareProblem.BuildsOnUnknown) ? null : buildsOnId, null, values, result.Problems, forUserId: forUserId),
                FormProblemMessage.For(result.Problems, kind)),
            ShareOutcome.NeedsCheck => CardActionResult.ReplaceForPresserOnly(ContributionFormCard.Build(round!, kind, submissionId!, buildsOnId, null,
                values with { Text = result.Masked!.Text }, masked: result.Masked.Kinds, forUserId: forUserId),
                FormProblemMessage.ForHidden(result.Masked.Kinds)),
            _ => CardActionResult.Say($"{NoticeCard.For(result.Outcome)} {WordsStillHere}"),
        };
    }

    // Never the words themselves: only what happened, which fields, and what kinds of personal data were hidden.
    [LoggerMessage(Level = LogLevel.Information, Message = "Share {Outcome} for a {Kind} in round {RoundId} (problems: {Problems}; hidden: {Hidden})")]
    private static partial void LogOutcome(ILogger logger, ShareOutcome outcome, ContributionKind kind, string roundId, string problems, string hidden);
}
