using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>Reads card data defensively: a field of the wrong type reads as missing instead of throwing.</summary>
public static class CardData
{
    public static string? String(JObject data, string key) =>
        data[key] is JValue { Value: not null } value && value.Type is JTokenType.String or JTokenType.Integer or JTokenType.Boolean
            ? value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public static int Int(JObject data, string key) =>
        int.TryParse(String(data, key), out var number) && number >= 0 ? number : 0;

    /// <summary>A whole number that may be missing (null), as on cards sent before it was added.</summary>
    public static int? OptionalInt(JObject data, string key) =>
        int.TryParse(String(data, key), out var number) && number >= 0 ? number : null;

    public static bool Flag(JObject data, string key) =>
        String(data, key) is { } text && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1");
}
