using ElcBot.Core.Contributions;
using ElcBot.Core.Text;

namespace ElcBot.Bot.Contributions;

/// <summary>What to tell someone up front about words of theirs put back in a form for them to share.</summary>
public static class OfferedWords
{
    /// <summary>
    /// "Too long" when the words are over what may be shared: a message a little over the limit is still offered back so
    /// it can be shortened, and saying so at once spares a press of Share only to hear it then.
    /// </summary>
    public static IReadOnlyList<ShareProblem>? ProblemsOf(string text, ContributionKind kind) =>
        TypedText.Clean(text).Length > ContributionService.MaxLength(kind) ? [ShareProblem.TextTooLong] : null;
}
