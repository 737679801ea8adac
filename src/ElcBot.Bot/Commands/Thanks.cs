namespace ElcBot.Bot.Commands;

/// <summary>"Thank you" to the bot gets a kind word back, not "I didn't understand".</summary>
public static class Thanks
{
    public const string Reply = "You're welcome. Type **help** whenever you need me.";

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "thanks", "thank you", "thankyou", "thanks a lot", "thank you very much", "thanks very much", "many thanks", "cheers", "ta", "thx",
    };

    public static bool Is(string text) => Words.Contains(text);
}
