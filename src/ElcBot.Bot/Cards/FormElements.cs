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

    public static JsonObject Choices(string id, string label, IEnumerable<(string Value, string Title)> choices, string? value, bool expanded = true) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = id,
        ["label"] = label,
        ["style"] = expanded ? "expanded" : "compact",
        ["value"] = value ?? string.Empty,
        ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
    };

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
