using System.Text;
using System.Text.Json.Nodes;
using Newtonsoft.Json;

namespace ElcBot.Bot.Cards;

/// <summary>
/// How much of one Teams message a card takes, and the most of a list that fits: cards are measured in bytes as they
/// are sent, because people's words in many scripts take three or four bytes a character. See docs/decisions/0009.
/// </summary>
public static class CardBudget
{
    /// <summary>
    /// Teams refuses a bot message over about 28 KB ("Request Entity too large"; learn.microsoft.com/connectors/teams,
    /// known issues, message size limit). A card may use 26 KB of it, leaving room for the activity around it (ids,
    /// addresses, the summary text). The same figure as tests/browser/card-contract.mjs.
    /// </summary>
    public const int MaxBytes = 26 * 1024;

    // As the SDK's connector client writes an activity: Newtonsoft, no indenting, nulls left out, and letters outside
    // ASCII written as themselves in UTF-8 (not escaped), so Chinese takes 3 bytes a character and emoji 4.
    private static readonly JsonSerializerSettings AsSent = new() { NullValueHandling = NullValueHandling.Ignore };

    /// <summary>The UTF-8 bytes of the card's attachment as the SDK sends it.</summary>
    public static int BytesOf(JsonObject card) =>
        Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(card.ToAttachment(), AsSent));

    public static bool Fits(JsonObject card) => BytesOf(card) <= MaxBytes;

    /// <summary>
    /// The card built with as many of a list's items as fit, trying <paramref name="most"/> first and then one fewer
    /// each time. The builder is given the count, so it can say how many more there are and how to see them.
    /// </summary>
    /// <returns>The card with none of the items when not even one fits.</returns>
    public static JsonObject MostThatFit(int most, Func<int, JsonObject> build) =>
        FirstThatFits(Enumerable.Range(0, Math.Max(0, most) + 1).Reverse(), build);

    /// <summary>The card built from the first choice that fits, most generous first; the last choice's when none does.</summary>
    public static JsonObject FirstThatFits<T>(IEnumerable<T> choices, Func<T, JsonObject> build)
    {
        JsonObject? card = null;
        foreach (var choice in choices)
        {
            card = build(choice);
            if (Fits(card))
            {
                return card;
            }
        }

        return card ?? throw new ArgumentException("There must be at least one way to build the card.", nameof(choices));
    }
}
