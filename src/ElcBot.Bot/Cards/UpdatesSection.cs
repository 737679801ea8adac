using System.Text.Json.Nodes;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>The summary card's short "You said, we did" section: what facilitators said happened since the last summary.</summary>
public static class UpdatesSection
{
    public const string Heading = "You said, we did";
    public const int MaxShown = 6;

    /// <returns>Null when there were no updates, so the card shows nothing.</returns>
    public static JsonObject? Build(IReadOnlyList<UpdateLine>? updates)
    {
        if (updates is not { Count: > 0 })
        {
            return null;
        }

        var newestFirst = updates.OrderByDescending(u => u.At).ToArray();
        return Container(separator: true,
        [
            Subheading(Heading),
            .. newestFirst.Take(MaxShown).Select(u => Line(Run($"{StatusWords.Subject(u.Subject, u.SubjectText)}: ", weight: "Bolder"), Run(StatusWords.Line(u.Status, ShownWords.Shorten(u.Text, 300))))),
            newestFirst.Length > MaxShown ? Text($"And {newestFirst.Length - MaxShown} more. Type **my contributions** to see news about what you shared.", subtle: true) : null,
        ]);
    }
}
