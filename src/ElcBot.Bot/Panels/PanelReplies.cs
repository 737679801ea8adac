using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;

namespace ElcBot.Bot.Panels;

/// <summary>What the bot says about the review panel outside its cards.</summary>
public static class PanelReplies
{
    /// <summary>For `panel add` or `panel remove` with nobody @mentioned.</summary>
    public static string MentionSomeone(string word) => $"Please @mention the person, for example: **panel {word} @Sam**.";

    public const string NotOnPanel = "Sorry, only people on this round's review panel can change its draft.";
    public const string DraftGone = "This draft has been replaced by a newer one, or is no longer here.";
    public const string Busy = "Lots of changes are being made at once. Please try again in a moment.";
    public const string NoDraft = "There is no draft with the panel right now. Type **summary** to make one.";
    public const string AlreadyPosted = "That summary has already been posted.";
    public const string BeingPosted = "I'm posting that summary now.";
    public const string AlreadyWithPanel = "A draft of the summary is already with the review panel. Type **panel list** to see how it is going.";

    /// <summary>For `summary` from personal chat: `panel list` works only in the round's own channel or chat.</summary>
    public const string AlreadyWithPanelElsewhere = "A draft of the summary is already with the review panel. To see how it is going, type **panel list** in the round's channel or group chat.";
    public const string SentFromPersonal = "Done. I've sent a draft to the round's review panel. I'll post it in the round's conversation when most of them approve.";
    public const string SentChannelUnknown = "Done. I've sent a draft to the round's review panel. I can't reach the round's channel or chat yet, so once most of them approve, please type **panel publish** there to post it.";
    public const string PostedAfterApproval = "Thank you. Most of the panel have approved, so I've posted the summary.";
    public const string Posted = "Done. I've posted the summary, with the panel's changes.";
    public const string ChannelUnknown = "I can't post the summary in the round's channel yet, because I don't know how to reach it. The draft is kept. A facilitator can type **panel publish** in that channel to post it.";
    public const string BotRemoved = "I can't post the summary because I'm no longer in the round's team or chat. The draft is kept. A facilitator can add me back, then type **panel publish** there to post it.";
    public const string PanelFull = "The panel is full. Please take someone off it first.";

    public static string NotYet(PanelDraft draft, IReadOnlyCollection<PanelMember> members) =>
        $"The panel still has time to check the draft. {PanelWords.Progress(draft, members)}";

    public static string Added(string name, MembershipOutcome outcome) => outcome == MembershipOutcome.RoleChanged
        ? $"Done. I've changed {name}'s role."
        : $"Done. {name} is on the panel now. I've sent them a message to say so.";

    public static string AddedUnreachable(string name) =>
        $"Done. {name} is on the panel now. I couldn't send them a message, so they may need to open a chat with me first.";

    public static string Removed(string name, bool was) => was
        ? $"{name} is no longer on the panel."
        : $"{name} was not on the panel.";

    /// <summary>Why a change was not made, in words for the person who tried.</summary>
    public static string? Problem(DraftEditOutcome outcome) => outcome switch
    {
        DraftEditOutcome.NameMissing => "Please write a name.",
        DraftEditOutcome.NameTooLong => $"Please keep the name under {DraftEdits.MaxLabelLength} characters.",
        DraftEditOutcome.ChooseAnotherTheme => "Please choose another theme to join it with.",
        DraftEditOutcome.ChooseSomeIdeas => "Please tick the ideas to move to the new theme.",
        DraftEditOutcome.LeaveSomeIdeas => "Please leave at least one idea in this theme. To change its name, use the box at the top.",
        _ => null,
    };

    /// <summary>What happened, shown on the draft.</summary>
    public static string Done(string action) => action switch
    {
        PanelCardActions.Rename => "Done. I've renamed the theme.",
        PanelCardActions.MarkWrong => "Done. I've noted that the name is wrong.",
        PanelCardActions.Merge => "Done. I've joined the two themes.",
        PanelCardActions.Split => "Done. I've made the new theme.",
        PanelCardActions.Approve => "Thank you for approving the draft.",
        _ => "Done.",
    };

    /// <summary>Why a press on the draft changed nothing: it came after the review ended, or for a draft since replaced.</summary>
    public static string TooLate(string action, DraftState state, bool replaced)
    {
        var what = action == PanelCardActions.Approve ? "Your approval was not counted" : "Your change was not made";
        return replaced ? $"{what}, because a newer draft has taken the place of the one you pressed it on. Here is the newer one."
            : state == DraftState.Published ? $"{what}, because this summary has already been posted. The review is over."
            : $"{what}, because I'm posting this summary now. The review is over.";
    }

    /// <summary>For "Change this theme" pressed once the review is over.</summary>
    public static string ThemesClosed(DraftState state) => state == DraftState.Published
        ? "This summary has already been posted, so its themes can't be changed any more."
        : "I'm posting this summary now, so its themes can't be changed any more.";

    public const string ThemeGone = "Someone else has just changed that theme. Here is the draft as it is now.";
    public const string AlreadyApproved = "You have already approved this draft.";
    public const string ChangedSinceSeen = "Someone changed the draft while you were looking at it. Here it is as it is now. If you're happy with it, press Approve.";
    public const string AskedAgain = "I've asked the people who had approved it to check it again.";
}
