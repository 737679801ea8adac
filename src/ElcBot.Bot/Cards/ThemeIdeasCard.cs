using System.Text.Json.Nodes;
using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>The stories and ideas in one theme, in people's own words where they allowed quoting.</summary>
/// <remarks>Each is shortened as on the summary card: fifteen in full could pass Teams' 28 KB card limit.</remarks>
public static class ThemeIdeasCard
{
    public const int MaxShown = 15;
    public const string Title = "What people said in this theme";

    public static JsonObject Build(ThemeDigest theme, IReadOnlyList<SummaryContribution> members)
    {
        var quotable = members.Where(m => m.Consent == ConsentLevel.MayQuote).ToArray();
        var withheld = members.Count - quotable.Length;
        return Card(
        [
            // The title is a heading of the bot's own words: the theme's name is made from people's, so it is shown as
            // written, on a line that cannot be marked as a heading.
            Heading(Title),
            Words(theme.Label, weight: "Bolder"),
            Text(NameNote(theme.LabelStatus), subtle: true),
            Text(Count(members), weight: "Bolder"),
            .. quotable.Take(MaxShown).Select(m => Container(separator: true,
                Words($"“{ShownWords.Shorten(m.Text, ShownWords.QuoteLength)}”"),
                Text($"{(m.Kind == ContributionKind.Story ? "Story" : "Idea")} from {VoiceWords.QuoteAttribution(m.Group)}" +
                     (m.SupporterGroups.Count > 0 ? $" · {m.SupporterGroups.Count} said it matters to them" : string.Empty), subtle: true))),
            quotable.Length > MaxShown ? Text($"And {quotable.Length - MaxShown} more. A facilitator can get the spreadsheet to see them all.", subtle: true) : null,
            withheld switch
            {
                0 => null,
                1 => Text("1 more is not shown because the person who shared it asked not to be quoted.", subtle: true),
                _ => Text($"{withheld} more are not shown because the people who shared them asked not to be quoted.", subtle: true),
            },
        ]);
    }

    /// <summary>Who named the theme: people reading a name the panel chose should not think ElcBot made it up.</summary>
    public static string NameNote(ThemeLabelStatus status) => status switch
    {
        ThemeLabelStatus.RenamedByPanel => "Theme named by the review panel.",
        ThemeLabelStatus.QuestionedByPanel => "Theme name made by ElcBot from the words people used. The review panel says it may be wrong.",
        _ => "Theme name made by ElcBot from the words people used.",
    };

    private static string Count(IReadOnlyList<SummaryContribution> members) => members switch
    {
        [var only] => $"1 {(only.Kind == ContributionKind.Story ? "story" : "idea")} in this theme.",
        _ => $"{members.Count} stories and ideas in this theme.",
    };
}
