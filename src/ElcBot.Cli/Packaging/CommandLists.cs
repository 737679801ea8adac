using System.Text.Json.Nodes;
using ElcBot.Bot.Commands;

namespace ElcBot.Cli.Packaging;

/// <summary>The manifest's command menus, made from the commands the bot really handles.</summary>
/// <remarks>
/// Teams shows at most ten commands per scope, to everyone in it. In personal chat only the commands anyone may use are
/// offered. In a team or group chat most people are not facilitators, so help and what anyone can do there come first,
/// then the facilitators' commands; commands that work only in a direct chat are left out there. A command left out of a
/// menu still works when typed.
/// </remarks>
public static class CommandLists
{
    public const int MaxPerScope = 10;

    public static readonly IReadOnlyList<string> Scopes = ["personal", "team", "groupChat"];

    public static IReadOnlyList<BotCommand> For(string scope, IReadOnlyList<BotCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var ordered = scope == "personal"
            ? commands.Where(c => !c.FacilitatorsOnly)
            : commands.Where(IsHelp)
                .Concat(commands.Where(c => !c.FacilitatorsOnly && !c.PersonalChatOnly && !IsHelp(c)))
                .Concat(commands.Where(c => c.FacilitatorsOnly));
        return ordered.Take(MaxPerScope).ToArray();
    }

    /// <summary>Commands that are in no menu of the given scope (they still work when typed).</summary>
    public static IReadOnlyList<BotCommand> LeftOut(string scope, IReadOnlyList<BotCommand> commands)
    {
        var listed = For(scope, commands);
        return commands.Where(c => !listed.Contains(c) && (scope == "personal" ? !c.FacilitatorsOnly : !c.PersonalChatOnly)).ToArray();
    }

    public static JsonArray ToJson(IReadOnlyList<BotCommand> commands) =>
        new(Scopes.Select(scope => (JsonNode)new JsonObject
        {
            ["scopes"] = new JsonArray(JsonValue.Create(scope)),
            ["commands"] = new JsonArray(For(scope, commands)
                .Select(c => (JsonNode)new JsonObject { ["title"] = c.Name, ["description"] = c.Description })
                .ToArray()),
        }).ToArray());

    private static bool IsHelp(BotCommand command) => command.Name == "help";
}
