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

    /// <param name="id">The input's id in what the card sends.</param>
    /// <param name="title">The words beside the tick box.</param>
    /// <param name="on">Whether it is ticked already.</param>
    /// <param name="label">A question above the box; a required tick needs one, as screen readers announce it first.</param>
    public static JsonObject Toggle(string id, string title, bool on, string? label = null)
    {
        var toggle = new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = id,
            ["title"] = title,
            ["value"] = on ? "true" : "false",
            ["valueOn"] = "true",
            ["valueOff"] = "false",
            ["wrap"] = true,
        };
        if (label is not null)
        {
            toggle["label"] = label;
        }

        return toggle;
    }

    /// <summary>
    /// Marks an input that must be filled in (a tick box: ticked). Teams then keeps the button from sending and says
    /// <paramref name="errorMessage"/> by the field, so nothing typed is lost on a trip to the bot and back.
    /// </summary>
    /// <remarks>
    /// Older clients ignore this and send the form anyway, so the bot still checks every field itself and sends the form
    /// back with its own words under what is missing.
    /// </remarks>
    public static JsonObject Required(this JsonObject input, string errorMessage)
    {
        input["isRequired"] = true;
        input["errorMessage"] = errorMessage;
        return input;
    }

    /// <summary>A problem with the field above, in the host's warning colour; null when there is none.</summary>
    public static JsonObject? FieldProblem(string? message) =>
        message is null ? null : CardElements.Text(message, weight: "Bolder", color: "Attention");
}
