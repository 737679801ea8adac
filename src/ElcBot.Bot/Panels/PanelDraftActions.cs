using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Panels;

/// <summary>
/// The buttons on a panel member's draft: show it (also Teams' automatic refresh), open a theme, rename, say a name
/// is wrong, join, split, approve. Each answer is the draft as it stands now, with everyone's changes.
/// </summary>
public sealed partial class PanelDraftActions(PanelReviewService reviews, PanelPublisher publisher, IPanelNotifier notifier, ILogger<PanelDraftActions> logger)
{
    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, string action, JObject data, CancellationToken cancellationToken)
    {
        var roundId = CardData.String(data, "roundId");
        var userId = turnContext.Activity.From?.Id;
        if (roundId is null || userId is null)
        {
            return CardActionResult.Replace(NoticeCard.Build(PanelReplies.DraftGone));
        }

        if (action is PanelCardActions.ShowDraft or PanelCardActions.ShowTheme)
        {
            var view = await reviews.LoadAsync(roundId, cancellationToken).ConfigureAwait(false);
            return view is null ? CardActionResult.Replace(NoticeCard.Build(PanelReplies.DraftGone))
                : !view.Members.Any(m => m.UserId == userId) ? CardActionResult.Replace(NoticeCard.Build(PanelReplies.NotOnPanel))
                : action == PanelCardActions.ShowTheme ? Theme(view, CardData.String(data, "themeId"), userId)
                : CardActionResult.Replace(PanelDraftCard.Build(view.Draft, view.Members, userId, CardData.Int(data, "page")));
        }

        var result = await reviews.EditAsync(roundId, CardData.String(data, "draftId"), userId, Edit(action, data, userId), cancellationToken).ConfigureAwait(false);
        LogEdit(logger, action, LoggedId.Of(roundId), result.Outcome);
        if (result.Outcome == DraftEditOutcome.Done && action == PanelCardActions.Approve && result.View!.Draft.MajorityApproved(result.View.Members))
        {
            var member = result.View.Members.First(m => m.UserId == userId);
            var published = await publisher.PublishAsync(roundId, new PanelActor(member.UserId, member.Name), cancellationToken).ConfigureAwait(false);
            var now = await reviews.LoadAsync(roundId, cancellationToken).ConfigureAwait(false) ?? result.View;
            var notice = published.Outcome switch
            {
                PanelPublishOutcome.Posted or PanelPublishOutcome.AlreadyPosted or PanelPublishOutcome.BeingPosted => PanelReplies.PostedAfterApproval,
                // The approval counted even though the post could not be made: say both.
                PanelPublishOutcome.ConversationUnknown or PanelPublishOutcome.BotRemoved => $"{PanelReplies.Done(PanelCardActions.Approve)} {published.Message}",
                _ => published.Message,
            };
            return CardActionResult.Replace(PanelDraftCard.Build(now.Draft, now.Members, userId, notice: notice));
        }

        var others = result.SetAside.Where(m => m.UserId != userId).ToArray();
        if (others.Length > 0)
        {
            // Those who approved the version before are asked to look again; the person who changed it sees it here.
            var reached = await notifier.NotifyAsync(result.View!.Draft, result.View.Members, others, PanelNotice.ApprovalSetAside, cancellationToken).ConfigureAwait(false);
            LogSetAside(logger, roundId, others.Length, reached);
            await MarkAskedAsync(roundId, result.View.Draft.DraftId, others.Select(m => m.UserId).ToArray(), cancellationToken).ConfigureAwait(false);
        }

        return Answer(result, action, CardData.String(data, "themeId"), userId, others.Length > 0);
    }

    // Only now are they marked as asked: had this instance stopped before, the scheduler would ask them.
    private async Task MarkAskedAsync(string roundId, string draftId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        try
        {
            if (!await reviews.MarkAskedAgainAsync(roundId, draftId, userIds, cancellationToken).ConfigureAwait(false))
            {
                LogNotMarked(logger, roundId);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // They were asked; at worst the scheduler asks them once more.
            LogMarkFailed(logger, ex, roundId);
        }
    }

    private static Func<PanelDraft, IReadOnlyList<PanelMember>, DraftEdit> Edit(string action, JObject data, string userId)
    {
        var themeId = CardData.String(data, "themeId");
        return action switch
        {
            PanelCardActions.Rename => (draft, _) => DraftEdits.Rename(draft, themeId, CardData.String(data, PanelThemeCard.NameInput)),
            PanelCardActions.MarkWrong => (draft, _) => DraftEdits.MarkWrong(draft, themeId),
            PanelCardActions.Merge => (draft, _) => DraftEdits.Merge(draft, themeId, CardData.String(data, PanelThemeCard.MergeInput)),
            PanelCardActions.Split => (draft, _) => DraftEdits.Split(draft, themeId,
                PanelThemeCard.Chosen(CardData.String(data, PanelThemeCard.SplitInput)), CardData.String(data, PanelThemeCard.SplitNameInput)),
            _ => (draft, members) => DraftEdits.Approve(draft, userId, members, CardData.OptionalInt(data, PanelDraftCard.RevisionKey)),
        };
    }

    private static CardActionResult Answer(EditResult result, string action, string? themeId, string userId, bool othersAsked)
    {
        if (result.Outcome == DraftEditOutcome.NotOnPanel)
        {
            // The draft is not theirs to see: a short card takes its place rather than the draft as it stands.
            return CardActionResult.Replace(NoticeCard.Build(PanelReplies.NotOnPanel));
        }

        if (result.View is not { } view)
        {
            return result.Outcome == DraftEditOutcome.Busy ? CardActionResult.Say(PanelReplies.Busy) : CardActionResult.Replace(NoticeCard.Build(PanelReplies.DraftGone));
        }

        if (PanelReplies.Problem(result.Outcome) is { } problem)
        {
            return Theme(view, themeId, userId, problem);
        }

        var notice = result.Outcome switch
        {
            DraftEditOutcome.Done => othersAsked ? $"{PanelReplies.Done(action)} {PanelReplies.AskedAgain}" : PanelReplies.Done(action),
            DraftEditOutcome.ChangedSinceSeen => PanelReplies.ChangedSinceSeen,
            DraftEditOutcome.ThemeGone => PanelReplies.ThemeGone,
            DraftEditOutcome.AlreadyApproved => PanelReplies.AlreadyApproved,
            _ => null,
        };
        var tooLate = result.Outcome is DraftEditOutcome.NotInReview or DraftEditOutcome.DraftGone
            ? PanelReplies.TooLate(action, view.Draft.State, replaced: result.Outcome == DraftEditOutcome.DraftGone)
            : null;
        return CardActionResult.Replace(PanelDraftCard.Build(view.Draft, view.Members, userId, notice: notice, problem: tooLate));
    }

    private static CardActionResult Theme(DraftView view, string? themeId, string userId, string? problem = null)
    {
        var theme = view.Draft.Summary.Themes.FirstOrDefault(t => t.ThemeId == themeId);
        if (theme is null || view.Draft.State != DraftState.InReview)
        {
            return CardActionResult.Replace(view.Draft.State != DraftState.InReview
                ? PanelDraftCard.Build(view.Draft, view.Members, userId, problem: PanelReplies.ThemesClosed(view.Draft.State))
                : PanelDraftCard.Build(view.Draft, view.Members, userId, notice: PanelReplies.ThemeGone));
        }

        var members = theme.MemberIds.Join(view.Source.Contributions, id => id, c => c.Id, (_, c) => c).ToArray();
        return CardActionResult.Replace(PanelThemeCard.Build(view.Draft, theme, members, problem));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Panel draft of round {RoundId}: members asked to look again, but the draft stayed too busy to mark it")]
    private static partial void LogNotMarked(ILogger logger, string roundId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Panel draft of round {RoundId}: members asked to look again, but marking it failed")]
    private static partial void LogMarkFailed(ILogger logger, Exception exception, string roundId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Panel draft of round {RoundId} changed after {Approvals} approvals; {Reached} of them told")]
    private static partial void LogSetAside(ILogger logger, string roundId, int approvals, int reached);

    // Never the names typed: only which button, where, and what came of it.
    [LoggerMessage(Level = LogLevel.Information, Message = "Panel {Action} on round {RoundId}: {Outcome}")]
    private static partial void LogEdit(ILogger logger, string action, string roundId, DraftEditOutcome outcome);
}
