using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Files;
using ElcBot.Core.Conversations;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Summaries;

/// <summary>The buttons on summary cards: the ideas in a theme, all themes, the spreadsheet, an earlier summary.</summary>
/// <remarks>
/// A summary can only be read from the conversation it was posted in (in the round's tenant and team), or in personal chat
/// by a facilitator of the round's tenant or a member of its team. Anything else is answered as if the summary were gone.
/// </remarks>
public sealed class SummaryActions(
    ISummaryStore summaries,
    ISummarySource source,
    IRoundStore rounds,
    RoundAccess access,
    IFacilitatorCheck facilitators,
    FileOffer files,
    SummaryCommand summaryCommand)
{
    public const string Missing = "Sorry, I can't find that summary any more.";
    public const string SentToPersonalChat = "I've sent the spreadsheet to you in a personal chat with me. Open it there and choose Allow.";
    public const string SentHere = "Here is the spreadsheet. Choose Allow to save it.";
    public const string TooLargeForTeams = "This round has more stories and ideas than I can send as a file in Teams, so I haven't sent it. Please ask whoever runs ElcBot for an export of the round.";

    public static readonly IReadOnlyList<string> Names =
        [SummaryCardActions.ThemeIdeas, SummaryCardActions.AllThemes, SummaryCardActions.Spreadsheet, SummariesListCard.ShowAction, RoundChoiceCard.Action];

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, string action, JObject data, CancellationToken cancellationToken)
    {
        var roundId = CardData.String(data, "roundId");
        var summaryId = CardData.String(data, "summaryId");
        if (roundId is null)
        {
            return CardActionResult.Say(Missing);
        }

        // Checked before anything of the round is read.
        if (!await MayReadAsync(turnContext, roundId, cancellationToken).ConfigureAwait(false))
        {
            return CardActionResult.Say(Missing);
        }

        var loaded = await source.LoadAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (loaded is null)
        {
            return CardActionResult.Say(Missing);
        }

        if (action == RoundChoiceCard.Action)
        {
            // Asking for a summary is for facilitators, wherever the button is pressed.
            if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
            {
                return CardActionResult.Say(FacilitatorReplies.NotAllowed);
            }

            // The command's reply is the only answer: the button's own message, never a second one beside it.
            var reply = await summaryCommand.PublishAsync(turnContext, roundId, cancellationToken).ConfigureAwait(false);
            return CardActionResult.Say(reply ?? SummaryCommand.Posted);
        }

        var summary = summaryId is null ? null : await summaries.FindAsync(roundId, summaryId, cancellationToken).ConfigureAwait(false);
        if (summary is null)
        {
            return CardActionResult.Say(Missing);
        }

        return action switch
        {
            SummaryCardActions.ThemeIdeas => ThemeIdeas(summary, loaded, CardData.String(data, "themeId")),
            SummaryCardActions.AllThemes => CardActionResult.Replace(AllThemesCard.Build(summary)),
            SummariesListCard.ShowAction => CardActionResult.Replace(SummaryCard.Build(summary)),
            SummaryCardActions.Spreadsheet => await SpreadsheetAsync(turnContext, summary, loaded, cancellationToken).ConfigureAwait(false),
            _ => CardActionResult.Say(Missing),
        };
    }

    private static CardActionResult ThemeIdeas(RoundSummary summary, SummarySourceData loaded, string? themeId)
    {
        var theme = summary.Themes.FirstOrDefault(t => t.ThemeId == themeId);
        if (theme is null)
        {
            return CardActionResult.Say(Missing);
        }

        var members = theme.MemberIds.Join(loaded.Contributions, id => id, c => c.Id, (_, c) => c).ToArray();
        var card = ThemeIdeasCard.Build(theme, members);
        return CardActionResult.Replace(card.WithActions(CardElements.Execute("Back to the summary", SummariesListCard.ShowAction, SummaryCard.Ids(summary)).WithoutInputs()));
    }

    private async Task<CardActionResult> SpreadsheetAsync(ITurnContext turnContext, RoundSummary summary, SummarySourceData loaded, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return CardActionResult.Say(FacilitatorReplies.NotAllowed);
        }

        var csv = SummarySheet.Build(loaded.Contributions, summary);
        var name = $"elcbot-round-{summary.PeriodEnd:yyyy-MM-dd}.csv";
        try
        {
            var elsewhere = await files.OfferAsync(turnContext, summary.RoundId, name, "The stories and ideas in this round, with their themes.", csv, cancellationToken).ConfigureAwait(false);
            return CardActionResult.Say(elsewhere ? SentToPersonalChat : SentHere);
        }
        catch (ElcBot.Core.Files.PendingFileTooLargeException)
        {
            // Nothing was kept or offered; the command-line export has no such limit.
            return CardActionResult.Say(TooLargeForTeams);
        }
    }

    private async Task<bool> MayReadAsync(ITurnContext turnContext, string roundId, CancellationToken cancellationToken)
    {
        if (await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false) is not { } round)
        {
            return false;
        }

        var scope = TurnPeople.ScopeOf(turnContext.Activity);
        if (!TurnPeople.IsPersonal(turnContext.Activity))
        {
            return ConversationIds.Base(scope.ConversationId) == ConversationIds.Base(round.ConversationId) && round.Allows(scope);
        }

        return await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false)
            && (string.Equals(round.TenantId, scope.TenantId, StringComparison.Ordinal)
                || await access.IsTeamMemberAsync(turnContext, round, cancellationToken).ConfigureAwait(false));
    }
}
