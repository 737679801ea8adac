using System.Text.Json.Nodes;
using ElcBot.Bot.Commands;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Lists what people can type, with the facilitators' commands kept apart.</summary>
public static class HelpCard
{
    public const string Title = "What I can do";

    public static JsonObject Build(IReadOnlyList<BotCommand> commands)
    {
        var everyone = commands.Where(c => !c.FacilitatorsOnly).Select(c => (c.Name, c.Description));
        var facilitators = commands.Where(c => c.FacilitatorsOnly).Select(c => (c.Name, c.Description)).ToArray();
        return Card(
            Heading(Title),
            Text("Type one of these words to me. In a channel, start with @ElcBot.", subtle: true),
            Facts(everyone),
            facilitators.Length == 0 ? null : Text("For facilitators", weight: "Bolder"),
            facilitators.Length == 0 ? null : Facts(facilitators));
    }
}
