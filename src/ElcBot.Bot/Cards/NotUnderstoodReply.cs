namespace ElcBot.Bot.Cards;

/// <summary>The friendly pointer sent when the bot does not know what someone typed.</summary>
public static class NotUnderstoodReply
{
    public const string Text = "Sorry, I didn't understand that. Type **help** to see what I can do.";

    /// <summary>For a command typed with a slip: the name is the bot's own word, never what the person typed.</summary>
    public static string DidYouMean(string command) => $"Sorry, I didn't understand that. Did you mean **{command}**? Type **help** to see what I can do.";
}
