using System.Text.Json.Nodes;
using ElcBot.Core.Panels;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Every change to a round's panel and its drafts, newest first: who changed what, and when.</summary>
public static class PanelLogCard
{
    public const string Title = "Review panel changes";
    public const int Shown = 30;

    public static JsonObject Build(string question, IReadOnlyList<PanelChange> changes) => Card(
    [
        Heading(Title),
        Words(question, weight: "Bolder"),
        changes.Count == 0
            ? Text("Nothing has changed yet.")
            : Text("Newest first. Every change the panel and facilitators made is kept here.", subtle: true),
        .. changes.Take(Shown).Select(c => Container(separator: true,
            Words(PanelWords.Describe(c)),
            Text(PanelWords.Short(c.At), subtle: true))),
    ]);
}
