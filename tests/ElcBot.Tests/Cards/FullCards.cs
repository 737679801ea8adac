namespace ElcBot.Tests.Cards;

/// <summary>The content of cards that grow with data, at the most each part may hold, for checks on their size.</summary>
/// <remarks>
/// The words are English as phones type it: curly apostrophes and dashes take three bytes each, so text made only of
/// plain letters would under-count what Teams receives.
/// </remarks>
public static class FullCards
{
    /// <summary>A round's question as long as a facilitator may write it.</summary>
    public static string Question => Prose(ElcBot.Core.Rounds.RoundService.MaxQuestionLength);

    /// <summary>Text of exactly <paramref name="length"/> characters.</summary>
    public static string Prose(int length)
    {
        const string sentence = "I’d waited weeks – nobody rang back, and I didn’t know who to ask. ";
        return string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];
    }
}
