namespace ElcBot.Bot.Commands;

/// <summary>Finds the handler for a typed command (any case), preferring the longest matching command words.</summary>
public sealed class CommandRouter(IEnumerable<ICommandHandler> handlers)
{
    private static readonly HashSet<string> Greetings = new(StringComparer.OrdinalIgnoreCase)
    {
        "hi", "hello", "hey", "hiya", "hi there", "hello there", "good morning", "good afternoon", "good evening",
    };

    private readonly ICommandHandler[] _handlers = handlers.OrderByDescending(h => h.Command.Name.Length).ToArray();

    public IReadOnlyList<BotCommand> Commands { get; } = handlers.Select(h => h.Command).OrderBy(c => c.FacilitatorsOnly).ToArray();

    /// <summary>Returns the handler and what followed the command word, or null when nothing matches.</summary>
    public (ICommandHandler Handler, string Arguments)? Match(string text)
    {
        // "Hello" is what most people first type to a bot: the help card is a kinder answer than "I didn't understand".
        if (Greetings.Contains(text) && _handlers.FirstOrDefault(h => h.Command.Name == HelpCommand.Name) is { } help)
        {
            return (help, string.Empty);
        }

        foreach (var handler in _handlers)
        {
            var name = handler.Command.Name;
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
            {
                return (handler, string.Empty);
            }

            if (text.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase))
            {
                return (handler, text[(name.Length + 1)..].Trim());
            }
        }

        return null;
    }
}
