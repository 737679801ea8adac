namespace ElcBot.Bot.Cards;

/// <summary>The friendly pointer sent when the bot does not know what someone typed.</summary>
public static class NotUnderstoodReply
{
    public const string Text = "Sorry, I didn't understand that. Type **help** to see what I can do.";
}
