namespace ElcBot.Bot.Facilitation;

/// <summary>What the bot says when someone who is not a facilitator asks for a facilitator's command.</summary>
public static class FacilitatorReplies
{
    public const string NotAllowed = "Sorry, only the people running this work (facilitators) can do that. You can still share stories and ideas: type **help** to see how.";
}
