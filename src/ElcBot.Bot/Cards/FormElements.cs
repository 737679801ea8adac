using System.Text.Json.Nodes;

namespace ElcBot.Bot.Cards;

/// <summary>Form inputs for Adaptive Cards, with the label above and any problem shown right under the field.</summary>
public static class FormElements
{
    public static JsonObject TextInput(string id, string label, string? value, int maxLength, bool multiline, string? placeholder = null) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["label"] = label,
        ["value"] = value ?? string.Empty,
        ["maxLength"] = maxLength,
        ["isMultiline"] = multiline,
        ["placeholder"] = placeholder ?? string.Empty,
    };

    /// <summary>What a drop-down shows before anything is chosen, so it never looks empty or broken.</summary>
    public const string ChoosePlaceholder = "Choose one";

    /// <remarks>
    /// Long choices wrap rather than end in "...", so every option can be read in full ("Someone who works in a community
    /// or voluntary group"); a drop-down says what to do before anything is chosen.
    /// </remarks>
    public static JsonObject Choices(string id, string label, IEnumerable<(string Value, string Title)> choices, string? value, bool expanded = true)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = expanded ? "expanded" : "compact",
            ["wrap"] = true,
            ["value"] = value ?? string.Empty,
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
        };
        if (!expanded)
        {
            input["placeholder"] = ChoosePlaceholder;
        }

        return input;
    }

    public static JsonObject DateInput(string id, string label, string? value) => new()
    {
        ["type"] = "Input.Date",
        ["id"] = id,
        ["label"] = label,
        ["value"] = value ?? string.Empty,
    };

    public static JsonObject Toggle(string id, string title, bool on) => new()
    {
        ["type"] = "Input.Toggle",
        ["id"] = id,
        ["title"] = title,
        ["value"] = on ? "true" : "false",
        ["valueOn"] = "true",
        ["valueOff"] = "false",
        ["wrap"] = true,
    };

    /// <summary>A problem with the field above, in the host's warning colour; null when there is none.</summary>
    public static JsonObject? FieldProblem(string? message) =>
        message is null ? null : CardElements.Text(message, weight: "Bolder", color: "Attention");
}
