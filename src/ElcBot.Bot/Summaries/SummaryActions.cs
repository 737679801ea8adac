using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Files;
using ElcBot.Core.Conversations;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Summaries;

/// <summary>The buttons on summary cards: the ideas in a theme, all themes, the spreadsheet, an earlier summary.</summary>
/// <remarks>A summary can only be read from the conversation it was posted in, or by a facilitator in personal chat.</remarks>
public sealed class SummaryActions(
    ISummaryStore summaries,
    ISummarySource source,
    IFacilitatorCheck facilitators,
    FileOffer files,
    SummaryCommand summaryCommand)
{
    public const string Missing = "Sorry, I can't find that summary any more.";
    public const string SentToPersonalChat = "I've sent the spreadsheet to you in a personal chat with me. Open it there and choose Allow.";
    public const string SentHere = "Here is the spreadsheet. Choose Allow to save it.";

    public static readonly IReadOnlyList<string> Names =
        [SummaryCardActions.ThemeIdeas, SummaryCardActions.AllThemes, SummaryCardActions.Spreadsheet, SummariesListCard.ShowAction, RoundChoiceCard.Action];

    public async Task<SummaryActionResult> HandleAsync(ITurnContext turnContext, string action, JsonObject data, CancellationToken cancellationToken)
    {
        var roundId = data["roundId"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? data["roundId"]!.GetValue<string>() : null;
        var summaryId = data["summaryId"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? data["summaryId"]!.GetValue<string>() : null;
        if (roundId is null)
        {
            return SummaryActionResult.Say(Missing);
        }

        var loaded = await source.LoadAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (loaded is null || !await MayReadAsync(turnContext, loaded.Round, cancellationToken).ConfigureAwait(false))
        {
            return SummaryActionResult.Say(Missing);
        }

        if (action == RoundChoiceCard.Action)
        {
            await summaryCommand.PublishAsync(turnContext, roundId, cancellationToken).ConfigureAwait(false);
            return SummaryActionResult.Say("Done. I've posted the summary in the round's conversation.");
        }

        var summary = summaryId is null ? null : await summaries.FindAsync(roundId, summaryId, cancellationToken).ConfigureAwait(false);
        if (summary is null)
        {
            return SummaryActionResult.Say(Missing);
        }

        return action switch
        {
            SummaryCardActions.ThemeIdeas => ThemeIdeas(summary, loaded, data["themeId"]?.ToString()),
            SummaryCardActions.AllThemes => SummaryActionResult.Show(AllThemesCard.Build(summary)),
            SummariesListCard.ShowAction => SummaryActionResult.Show(SummaryCard.Build(summary)),
            SummaryCardActions.Spreadsheet => await SpreadsheetAsync(turnContext, summary, loaded, cancellationToken).ConfigureAwait(false),
            _ => SummaryActionResult.Say(Missing),
        };
    }

    private static SummaryActionResult ThemeIdeas(RoundSummary summary, SummarySourceData loaded, string? themeId)
    {
        var theme = summary.Themes.FirstOrDefault(t => t.ThemeId == themeId);
        if (theme is null)
        {
            return SummaryActionResult.Say(Missing);
        }

        var members = theme.MemberIds.Join(loaded.Contributions, id => id, c => c.Id, (_, c) => c).ToArray();
        var card = ThemeIdeasCard.Build(theme, members);
        return SummaryActionResult.Show(card.WithActions(CardElements.Execute("Back to the summary", SummariesListCard.ShowAction, SummaryCard.Ids(summary))));
    }

    private async Task<SummaryActionResult> SpreadsheetAsync(ITurnContext turnContext, RoundSummary summary, SummarySourceData loaded, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return SummaryActionResult.Say(FacilitatorReplies.NotAllowed);
        }

        var csv = SummarySheet.Build(loaded.Contributions, summary);
        var name = $"elcbot-round-{summary.PeriodEnd:yyyy-MM-dd}.csv";
        var elsewhere = await files.OfferAsync(turnContext, name, "The stories and ideas in this round, with their themes.", csv, cancellationToken).ConfigureAwait(false);
        return SummaryActionResult.Say(elsewhere ? SentToPersonalChat : SentHere);
    }

    private async Task<bool> MayReadAsync(ITurnContext turnContext, SummaryRound round, CancellationToken cancellationToken) =>
        (turnContext.Activity.Conversation?.Id is { } here && ConversationIds.Base(here) == ConversationIds.Base(round.ConversationId))
        || (turnContext.Activity.Conversation?.ConversationType == "personal" && await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false));
}
