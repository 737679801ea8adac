using System.Text.Json.Nodes;

namespace ElcBot.Bot.CardActions;

/// <summary>What people see after a button is pressed: a card in place of the pressed one, or a short message beside it.</summary>
/// <remarks>
/// In Teams the card answering a Universal Action is shown only to the person who pressed; everyone else keeps the
/// message as the bot last sent it. So the rule is: <see cref="Replace"/> for what belongs to the presser (forms,
/// thanks, refusals, paging, reading a theme), and <see cref="ReplaceForEveryone"/> only when the press changed
/// something the whole conversation shares (a round started, a support count), so the message itself is updated too.
/// </remarks>
/// <param name="Card">The card the presser sees, or null when the answer is a message.</param>
/// <param name="Message">The short message shown beside the pressed card.</param>
/// <param name="ForEveryone">The card the pressed message becomes for everyone, or null to leave it as it is.</param>
/// <param name="SaidWhereAllSee">
/// Set when <paramref name="Card"/> holds words only the presser may see (a form sent back with their story in it): said
/// instead of the card where it could only be posted for everyone to see (an Action.Submit press in a channel or group chat).
/// </param>
public sealed record CardActionResult(JsonObject? Card, string? Message, JsonObject? ForEveryone = null, string? SaidWhereAllSee = null)
{
    public static CardActionResult Replace(JsonObject card) => new(card, null);

    /// <param name="card">The card the presser alone sees, holding their own words.</param>
    /// <param name="instead">What to say instead, without those words, where the card could only be shown to everyone.</param>
    public static CardActionResult ReplaceForPresserOnly(JsonObject card, string instead) => new(card, null, SaidWhereAllSee: instead);

    /// <param name="card">The card the presser sees.</param>
    /// <param name="forOthers">What everyone else sees, when it must leave out words meant only for the presser.</param>
    public static CardActionResult ReplaceForEveryone(JsonObject card, JsonObject? forOthers = null) => new(card, null, forOthers ?? card);

    public static CardActionResult Say(string message) => new(null, message);
}
