using System.Text.Json.Nodes;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>The summary card's short "You said, we did" section: what facilitators said happened since the last summary.</summary>
public static class UpdatesSection
{
    public const string Heading = "You said, we did";
    public const int MaxShown = 6;

    /// <param name="updates">What facilitators said happened.</param>
    /// <param name="most">How many to show: fewer when the card they are on would not fit one Teams message.</param>
    /// <returns>Null when there were no updates, so the card shows nothing.</returns>
    public static JsonObject? Build(IReadOnlyList<UpdateLine>? updates, int most = MaxShown)
    {
        if (updates is not { Count: > 0 })
        {
            return null;
        }

        var newestFirst = updates.OrderByDescending(u => u.At).ToArray();
        return Container(separator: true,
        [
            Subheading(Heading),
            .. newestFirst.Take(most).Select(u => Line(Run($"{StatusWords.Subject(u.Subject, u.SubjectText)}: ", weight: "Bolder"), Run(StatusWords.Line(u.Status, ShownWords.Shorten(u.Text, 300))))),
            newestFirst.Length > most ? Text($"And {newestFirst.Length - most} more. Type **my contributions** to see news about what you shared.", subtle: true) : null,
        ]);
    }
}
