using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>
/// The ideas a person said matter to them: support is something they gave too, so they can see it beside their own
/// words, and are told how to take it back.
/// </summary>
public static class MySupportCard
{
    public const string Title = "Ideas you said matter to you";
    public const string TakeBack = "To take one back, type **ideas** in the round's channel or chat and press \"This matters to me too\" on it again. To take back everything you've given, type **forget me**.";

    /// <summary>Enough to recognise each idea by; the ideas list in the round's chat shows them whole.</summary>
    private const int ShownLength = 200;

    /// <summary>More than anyone is likely to support in a round; fewer when their words would not fit one Teams message.</summary>
    public const int MaxShown = 30;

    public static string CountLine(int count) => count == 1
        ? "You've said 1 idea matters to you."
        : $"You've said {count} ideas matter to you.";

    /// <param name="page">The page of `my contributions` it is opened from, so Back returns there.</param>
    public static JsonObject OpenButton(int page) =>
        Execute(Title, CardActionNames.MySupport, new JsonObject { ["page"] = page });

    public static JsonObject Build(IReadOnlyList<SupportedByMe> supported, int page) =>
        CardBudget.MostThatFit(Math.Min(MaxShown, supported.Count), shown => Card(
        [
            Heading(Title),
            Text(supported.Count == 0 ? "You haven't said any ideas matter to you right now." : CountLine(supported.Count)),
            .. supported.Take(shown).Select(s => Container(separator: true,
                s.Round is null ? null : Words(ShownWords.Shorten(s.Round.Question, 120), subtle: true, size: "Small"),
                Words(IdeaWords(s.Idea)))),
            supported.Count > shown ? Text($"And {supported.Count - shown} more.", subtle: true) : null,
            Text(TakeBack, subtle: true),
        ]).WithActions(Execute(MyContributionCard.BackTitle, CardActionNames.MyContributionsPage, new JsonObject { ["page"] = page }).WithoutInputs()));

    // Only ideas whose authors allowed quoting are listed for support; should one not be, its words stay theirs.
    private static string IdeaWords(Contribution idea) => idea.Consent == ConsentLevel.MayQuote
        ? $"“{ShownWords.Shorten(idea.Text, ShownLength)}”"
        : "An idea whose author asked not to be quoted.";
}
