namespace ElcBot.Bot.Cards;

/// <summary>
/// What a story or idea form says is wrong, in the words both the form (under the field) and the message sent in its
/// place (on older clients in a shared chat) use, so the two never drift apart.
/// </summary>
public static class ShareProblemWords
{
    public const string TextMissing = "Please write something first.";
    public const string ConsentMissing = "Please choose how we can use your words.";
    public const string BuildsOnGone = "The idea you were building on is no longer here.";
}
