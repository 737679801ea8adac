using System.Globalization;
using System.Text.Json.Nodes;
using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>The weekly summary posted into a round's channel: counts, themes with quotes, shared ground, what's new.</summary>
/// <remarks>Only the top themes fit on one card; the rest sit behind "See all themes" rather than off the end.</remarks>
public static class SummaryCard
{
    public const string Title = "Summary of what people shared";
    public const int ThemesOnCard = 5;

    /// <summary>
    /// Theme names listed in one line (shared ground, needs more voices, new themes) at most: sixty long names in each
    /// pushed the card past what Teams takes in one message. The rest are counted, and "See all themes" lists them.
    /// Fewer are listed when names in a script of more bytes a letter would still make the card too big.
    /// </summary>
    public const int NamesInALine = 8;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    public const string GeneratedNote = "Theme names are made by ElcBot from the words people used, so they may not be quite right. Quotes are people's own words, shared with their permission.";

    /// <remarks>
    /// Names and quotes in a script of three bytes a letter (Chinese, Hindi) make the card three times the size of the
    /// same in English, so the lists shrink until it fits one Teams message: fewer names first, then fewer updates, then
    /// fewer themes. Each says how many more there are.
    /// </remarks>
    public static JsonObject Build(RoundSummary summary, string? panelNote = null) =>
        CardBudget.FirstThatFits(Rooms(), room => Build(summary, panelNote, room));

    /// <summary>How many of each list the card shows.</summary>
    private readonly record struct Room(int Themes, int Names, int Updates);

    private static IEnumerable<Room> Rooms()
    {
        for (var names = NamesInALine; names >= 1; names--)
        {
            yield return new(ThemesOnCard, names, UpdatesSection.MaxShown);
        }

        for (var updates = UpdatesSection.MaxShown - 1; updates >= 1; updates--)
        {
            yield return new(ThemesOnCard, 1, updates);
        }

        for (var themes = ThemesOnCard - 1; themes >= 1; themes--)
        {
            yield return new(themes, 1, 1);
        }
    }

    private static JsonObject Build(RoundSummary summary, string? panelNote, Room room)
    {
        var shown = summary.Themes.Take(room.Themes).ToArray();
        var body = new List<JsonNode?>
        {
            Heading(Title),
            Words(summary.Question, weight: "Bolder"),
            Text($"{summary.Stage} stage · {Period(summary)}", subtle: true),
            Counts(summary.Counts),
            Subheading("Themes"),
            Text(GeneratedNote, subtle: true),
            summary.Review is { } review ? Text(PanelWords.Reviewed(review), weight: "Bolder") : null,
        };
        body.Add(summary.Counts.BalanceNote is { } balance ? Text(balance, subtle: true) : null);
        body.AddRange(shown.Length == 0 ? [Text("There are not enough ideas yet to see themes.")] : shown.Select(t => ThemeBlock(summary, t)));
        body.Add(summary.OtherIdeas switch
        {
            0 => null,
            1 => Text("1 other idea doesn't fit a theme yet. It still counts.", subtle: true),
            var n => Text($"{n} other ideas don't fit a theme yet. They still count.", subtle: true),
        });
        body.Add(List("Shared ground: raised by both people with lived experience and staff", summary.SharedGround, room.Names));
        body.Add(List("Needs more voices (only one group has raised these so far)", summary.NeedsMoreVoices, room.Names));
        body.Add(Words(New(summary.New, room.Names), subtle: true));
        body.Add(UpdatesSection.Build(summary.Updates, room.Updates));
        body.Add(summary.NextSummaryOn is { } next ? Text($"Next summary: {next.ToString("dddd d MMMM", EnGb)}", subtle: true) : null);
        body.Add(panelNote is null ? null : Text(panelNote, weight: "Bolder"));

        var card = Card([.. body]);
        var actions = new List<JsonObject> { Execute("Spreadsheet for facilitators", SummaryCardActions.Spreadsheet, Ids(summary)) };
        if (summary.Themes.Count > shown.Length)
        {
            actions.Insert(0, Execute($"See all {summary.Themes.Count} themes", SummaryCardActions.AllThemes, Ids(summary)));
        }

        return card.WithActions([.. actions]);
    }

    public static JsonObject ThemeIds(RoundSummary summary, ThemeDigest theme)
    {
        var ids = Ids(summary);
        ids["themeId"] = theme.ThemeId;
        return ids;
    }

    public static JsonObject Ids(RoundSummary summary) => new() { ["roundId"] = summary.RoundId, ["summaryId"] = summary.SummaryId };

    private static JsonObject Counts(SummaryCounts counts)
    {
        var groups = string.Join(", ", Enum.GetValues<VoiceGroup>()
            .Select(g => (Group: g, Count: counts.ContributorsByGroup.GetValueOrDefault(g)))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {VoiceWords.Group(x.Group)}"));
        var facts = new List<(string, string)>
        {
            ("Stories", counts.Stories.ToString(CultureInfo.InvariantCulture)),
            ("Ideas", counts.Ideas.ToString(CultureInfo.InvariantCulture)),
            ("\"Matters to me too\"", counts.Supports.ToString(CultureInfo.InvariantCulture)),
            ("People", counts.Contributors == 0 ? "0" : $"{counts.Contributors} ({groups})"),
        };
        if (counts.ContributorsByRole is { Count: > 0 } roles)
        {
            // Summaries kept from before roles were counted have none; their groups above still show.
            facts.Add(("By role", VoiceWords.Roles(roles)));
        }

        if (counts.SupportsByGroup is { Count: > 0 } supports)
        {
            facts.Add(("Support came from", string.Join(", ", supports.OrderBy(s => s.Key).Select(s => $"{s.Value} {VoiceWords.Group(s.Key)}"))));
        }

        if (counts.Imported > 0)
        {
            facts.Add(("From outside Teams", $"{counts.Imported} (workshops and forms)"));
        }

        return Facts(facts);
    }

    private static JsonObject ThemeBlock(RoundSummary summary, ThemeDigest theme)
    {
        var items = new List<JsonNode?>
        {
            Line(Run(theme.Label, weight: "Bolder"), Run($" ({LabelNote(theme.LabelStatus)})")),
            Text(VoiceWords.ThemeLine(theme), subtle: true),
        };
        items.AddRange(PeoplesWords(theme));
        items.Add(Actions(ThemeIdeasButton(summary, theme)));
        return Container(separator: true, [.. items]);
    }

    /// <summary>A theme's quotes and its most supported idea, as the posted summary shows them.</summary>
    /// <remarks>The review panel's draft shows the same lines, so the panel checks the words everyone will see.</remarks>
    /// <param name="maxQuotes">At most this many quotes, when a card would otherwise be too big for Teams.</param>
    public static IEnumerable<JsonObject> PeoplesWords(ThemeDigest theme, int maxQuotes = int.MaxValue)
    {
        foreach (var quote in theme.Quotes.Take(maxQuotes))
        {
            yield return Words($"“{ShownWords.Shorten(quote.Text, ShownWords.QuoteLength)}” — {VoiceWords.QuoteAttribution(quote.Group)}");
        }

        if (theme.TopIdea is { } idea)
        {
            yield return Words(idea.QuotableText is null
                ? $"Most supported idea: {SaidItMatters(idea.Supports)} (its author asked not to be quoted)."
                : $"Most supported idea: “{ShownWords.Shorten(idea.QuotableText, ShownWords.QuoteLength)}” ({SaidItMatters(idea.Supports)}).");
        }
    }

    /// <summary>Puts the summary back in place of a card opened from it.</summary>
    public static JsonObject BackToSummary(RoundSummary summary) => Execute("Back to the summary", SummariesListCard.ShowAction, Ids(summary)).WithoutInputs();

    /// <summary>The button under each theme, on this card and on the card of all themes.</summary>
    internal static JsonObject ThemeIdeasButton(RoundSummary summary, ThemeDigest theme) =>
        Execute("See the ideas in this theme", SummaryCardActions.ThemeIdeas, ThemeIds(summary, theme), tooltip: $"See the ideas in the theme: {FirstWords(theme.Label)}");

    /// <summary>What a theme's name is, in brackets after it: automatic, or named or questioned by the review panel.</summary>
    public static string LabelNote(ThemeLabelStatus status) => status switch
    {
        ThemeLabelStatus.RenamedByPanel => "named by the review panel",
        ThemeLabelStatus.QuestionedByPanel => "automatic name; the review panel says it may be wrong",
        _ => "automatic name",
    };

    /// <summary>How many people said an idea matters to them, as a phrase that fits inside a sentence.</summary>
    public static string SaidItMatters(int supports) => supports switch
    {
        0 => "no one has said it matters to them yet",
        1 => "1 person said it matters to them",
        _ => $"{supports} people said it matters to them",
    };

    private static JsonObject? List(string heading, IReadOnlyList<string> labels, int most) =>
        labels.Count == 0 ? null : Line(Run($"{heading}: ", weight: "Bolder"), Run(Names(labels, most)));

    private static string Names(IReadOnlyList<string> labels, int most) => labels.Count <= most
        ? string.Join("; ", labels)
        : $"{string.Join("; ", labels.Take(most))}; and {labels.Count - most} more";

    private static string New(WhatIsNew whatIsNew, int most)
    {
        if (whatIsNew.PreviousSummaryAt is not { } previous)
        {
            return "This is the first summary of this round.";
        }

        var themes = whatIsNew.NewThemes.Count == 0 ? "no new themes" : $"new themes: {Names(whatIsNew.NewThemes, most)}";
        var added = whatIsNew.NewContributions == 1 ? "1 new story or idea" : $"{whatIsNew.NewContributions} new stories and ideas";
        return $"Since the last summary on {previous.ToString("d MMMM", EnGb)}: {added}, {themes}.";
    }

    /// <summary>"20 November to 27 November 2026"; a round summarised on the day it began is just that day.</summary>
    private static string Period(RoundSummary summary) => summary.PeriodStart.Date == summary.PeriodEnd.Date
        ? summary.PeriodEnd.ToString("d MMMM yyyy", EnGb)
        : $"{summary.PeriodStart.ToString("d MMMM", EnGb)} to {summary.PeriodEnd.ToString("d MMMM yyyy", EnGb)}";
}
