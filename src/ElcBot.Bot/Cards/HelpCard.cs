using System.Text.Json.Nodes;
using ElcBot.Bot.Commands;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Lists what people can type, with the facilitators' commands kept apart.</summary>
public static class HelpCard
{
    public const string Title = "What I can do";

    /// <param name="commands">What people can type.</param>
    /// <param name="notice">Something a facilitator should know first, such as a paused weekly summary; null for none.</param>
    public static JsonObject Build(IReadOnlyList<BotCommand> commands, string? notice = null)
    {
        var everyone = commands.Where(c => !c.FacilitatorsOnly).Select(c => (c.Name, c.Description));
        var facilitators = commands.Where(c => c.FacilitatorsOnly).Select(c => (c.Name, c.Description)).ToArray();
        return Card(
            Heading(Title),
            notice is null ? null : Text(notice, weight: "Bolder", color: "Attention"),
            Text("Type one of these words to me. In a channel, start with @ElcBot.", subtle: true),
            Facts(everyone),
            facilitators.Length == 0 ? null : Text("For facilitators", weight: "Bolder"),
            facilitators.Length == 0 ? null : Facts(facilitators));
    }
}
