using System.Text.Json.Nodes;

namespace ElcBot.Bot.Cards;

/// <summary>The few Adaptive Card building blocks every builder uses, so each card reads as its content.</summary>
public static class CardElements
{
    /// <summary>Teams renders 1.5 on desktop and web; mobile falls back gracefully.</summary>
    public const string Version = "1.5";

    public static JsonObject Card(params JsonNode?[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["body"] = new JsonArray(body.Where(b => b is not null).ToArray()),
    };

    /// <summary>A card's title. Marked as a heading, so screen readers announce it and can jump between cards by it.</summary>
    public static JsonObject Heading(string text) => AsHeading(Text(text, size: "Large", weight: "Bolder"));

    /// <summary>The title of a part of a card ("Themes"), marked as a heading like the card's own.</summary>
    public static JsonObject Subheading(string text) => AsHeading(Text(text, size: "Medium", weight: "Bolder"));

    public static JsonObject Text(string text, string? size = null, string? weight = null, bool subtle = false, string? color = null) =>
        Styled(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }, size, weight, subtle, color);

    /// <summary>
    /// People's own words (stories, ideas, quotes, questions, theme names, names, news) shown exactly as written.
    /// </summary>
    /// <remarks>
    /// A TextBlock reads its text as Markdown, so "[refund](https://...)" in a story would become a live link posted
    /// under the bot's name, and "2. The nurse..." a numbered list. A TextRun is never read as Markdown.
    /// </remarks>
    public static JsonObject Words(string text, string? size = null, string? weight = null, bool subtle = false, string? color = null) =>
        Line(Run(text, size, weight, subtle, color));

    /// <summary>One paragraph made of runs, so people's words can sit beside the bot's own styled words.</summary>
    public static JsonObject Line(params JsonObject[] runs) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray(runs.Cast<JsonNode>().ToArray()),
    };

    /// <summary>A piece of a <see cref="Line"/>, shown as plain text whatever characters it holds.</summary>
    public static JsonObject Run(string text, string? size = null, string? weight = null, bool subtle = false, string? color = null) =>
        Styled(new JsonObject { ["type"] = "TextRun", ["text"] = text }, size, weight, subtle, color);

    /// <summary>A list of term and meaning pairs, which reads well on a phone.</summary>
    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    /// <summary>
    /// A Universal Action (Action.Execute) for Teams, with an Action.Submit fallback for older clients.
    /// The action name goes in <c>data</c> as well as <c>verb</c>: real Teams captures have arrived without a verb.
    /// </summary>
    /// <param name="title">What the button says.</param>
    /// <param name="action">The action name, one of the constants the handlers route by.</param>
    /// <param name="data">What the press carries back to the bot.</param>
    /// <param name="style">"positive" or "destructive", when the button is the form's main one or cannot be undone.</param>
    /// <param name="tooltip">
    /// For a button repeated on the card with the same title ("Remove this idea" on each idea): what this one acts on.
    /// Screen readers read it with the title, so the buttons can be told apart.
    /// </param>
    public static JsonObject Execute(string title, string action, JsonObject? data = null, string? style = null, string? tooltip = null)
    {
        var payload = data?.DeepClone().AsObject() ?? [];
        payload[CardActionData.ActionKey] = action;
        var execute = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = action,
            ["data"] = payload,
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = payload.DeepClone() },
        };
        if (style is not null)
        {
            execute["style"] = style;
        }

        // Not on the fallback: a client that needs it has no tooltips either (they came later, in 1.5), so it would only add bytes.
        if (tooltip is not null)
        {
            execute["tooltip"] = tooltip;
        }

        return execute;
    }

    /// <summary>The most of people's words a tooltip repeats: enough to tell two apart, short enough to listen to.</summary>
    public const int TooltipWordsLength = 60;

    /// <summary>The first words of people's words (a theme's name, an idea, a question), on one line, for a tooltip.</summary>
    public static string FirstWords(string words) =>
        ShownWords.Shorten(string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), TooltipWordsLength);

    /// <summary>
    /// For Back, Cancel and "No, keep it": the press neither checks nor sends the card's inputs, so a half-filled form with
    /// required fields can always be left.
    /// </summary>
    public static JsonObject WithoutInputs(this JsonObject action)
    {
        action["associatedInputs"] = "none";
        if (action["fallback"] is JsonObject fallback)
        {
            fallback["associatedInputs"] = "none";
        }

        return action;
    }

    /// <summary>Groups elements, optionally with a separator line above, so a list of items reads as separate blocks.</summary>
    public static JsonObject Container(bool separator, params JsonNode?[] items) => new()
    {
        ["type"] = "Container",
        ["separator"] = separator,
        ["spacing"] = separator ? "Medium" : "Default",
        ["items"] = new JsonArray(items.Where(i => i is not null).ToArray()),
    };

    public static JsonObject Actions(params JsonObject[] actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions.Cast<JsonNode>().ToArray()),
    };

    public static JsonObject WithActions(this JsonObject card, params JsonObject[] actions)
    {
        card["actions"] = new JsonArray(actions.Cast<JsonNode>().ToArray());
        return card;
    }

    private static JsonObject AsHeading(JsonObject text)
    {
        text["style"] = "heading";
        return text;
    }

    private static JsonObject Styled(JsonObject text, string? size, string? weight, bool subtle, string? color)
    {
        if (size is not null)
        {
            text["size"] = size;
        }

        if (weight is not null)
        {
            text["weight"] = weight;
        }

        if (subtle)
        {
            text["isSubtle"] = true;
        }

        if (color is not null)
        {
            text["color"] = color;
        }

        return text;
    }
}
