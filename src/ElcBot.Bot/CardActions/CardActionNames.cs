namespace ElcBot.Bot.CardActions;

/// <summary>The name every card button carries in <c>data.elcAction</c>; one handler per name.</summary>
public static class CardActionNames
{
    public const string StartRound = "round.start";
    public const string OpenStoryForm = "story.open";
    public const string OpenIdeaForm = "idea.open";
    public const string Share = "contribution.share";
    public const string ToggleSupport = "support.toggle";
    public const string IdeasPage = "ideas.page";
    public const string ConfirmForget = "forget.confirm";
    public const string CancelForget = "forget.cancel";
    public const string AskRemove = "contribution.remove.ask";
    public const string ConfirmRemove = "contribution.remove.confirm";
    public const string MyContributionsPage = "mine.page";
    public const string ReadMine = "mine.read";
    public const string MySupport = "mine.supported";
    public const string FollowIdea = "idea.follow";
    public const string SendUpdate = "update.send";
    public const string UpdateRound = "update.round";
}
