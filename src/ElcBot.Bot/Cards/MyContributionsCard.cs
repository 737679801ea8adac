using System.Globalization;
using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Updates;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>What one person has shared, with each round's status and the latest news, shown only in their direct chat with the bot.</summary>
public static class MyContributionsCard
{
    public const string Title = "What you've shared";
    /// <summary>Ten long stories, each with news, fill most of what Teams takes in one message (about 28 KB); twenty did not fit.</summary>
    public const int PageSize = 10;

    /// <summary>How many characters of each item the list shows: fewer when a page would not fit one Teams message.</summary>
    private static readonly int[] ShownLengths = [MyContributionCard.ShownInList, 150, 100, 60];

    /// <param name="items">What the person shared, newest first.</param>
    /// <param name="news">The latest update about each item, by contribution id, when a facilitator gave one.</param>
    /// <param name="page">Which page of <see cref="PageSize"/> items to show, from 0 (the newest); out of range reads as the nearest.</param>
    /// <remarks>
    /// Every item on a page stays on it, so paging reaches them all; when their words in a script of three bytes a letter
    /// would not fit one Teams message, fewer of each item's words are shown, and "Read all" shows the rest.
    /// </remarks>
    /// <param name="supported">How many ideas the person says matter to them now; when any, a button lists them.</param>
    public static JsonObject Build(IReadOnlyList<MyContribution> items, IReadOnlyDictionary<string, ProgressUpdate>? news = null, int page = 0, int supported = 0) =>
        CardBudget.FirstThatFits(ShownLengths, shown => Build(items, news, page, shown, supported));

    private static JsonObject Build(IReadOnlyList<MyContribution> items, IReadOnlyDictionary<string, ProgressUpdate>? news, int page, int shown, int supported)
    {
        // Every item must be reachable, to be seen and removed one by one: so pages, not a cut-off.
        var pageCount = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pageCount - 1);
        var body = new List<JsonNode?> { Heading(Title) };
        if (items.Count == 0)
        {
            body.Add(Text("You haven't shared anything yet."));
        }

        var culture = CultureInfo.GetCultureInfo("en-GB");
        foreach (var item in items.Skip(page * PageSize).Take(PageSize))
        {
            var c = item.Contribution;
            var status = item.Round switch
            {
                null => "round removed",
                { IsOpen: true } => "round open",
                _ => "round closed",
            };
            var supports = c.Kind == ContributionKind.Idea ? $" · {SummaryCard.SaidItMatters(item.Supports)}" : string.Empty;
            supports += c.MayContact ? " · you'll get news" : string.Empty;
            body.Add(Container(
                separator: true,
                Text($"{(c.Kind == ContributionKind.Story ? "Story" : "Idea")} · {c.CreatedAt.ToString("d MMM yyyy", culture)} · {status}{supports}", weight: "Bolder", size: "Small"),
                item.Round is null ? null : Words(ShownWords.Shorten(item.Round.Question, 120), subtle: true, size: "Small"),
                Words(ShownWords.Shorten(c.Text, shown)),
                news?.GetValueOrDefault(c.Id) is { } update ? News(update, culture, shown) : null,
                c.Text.Length > shown
                    ? Actions(MyContributionCard.ReadButton(c, page), RemoveContributionCard.Button(c))
                    : Actions(RemoveContributionCard.Button(c))));
        }

        if (pageCount > 1)
        {
            body.Add(Text($"Page {page + 1} of {pageCount}", subtle: true, size: "Small"));
        }

        body.Add(Text("To remove one, press its Remove button. To remove everything you've shared, type **forget me**.", subtle: true));
        body.Add(supported > 0 ? Text(MySupportCard.CountLine(supported), subtle: true) : null);
        var card = Card(body.ToArray());
        var paging = new List<JsonObject>();
        if (supported > 0)
        {
            paging.Add(MySupportCard.OpenButton(page));
        }

        if (page > 0)
        {
            paging.Add(Execute("Newer ones", CardActionNames.MyContributionsPage, new JsonObject { ["page"] = page - 1 }));
        }

        if (page < pageCount - 1)
        {
            paging.Add(Execute("Older ones", CardActionNames.MyContributionsPage, new JsonObject { ["page"] = page + 1 }));
        }

        return paging.Count == 0 ? card : card.WithActions(paging.ToArray());
    }

    private static JsonObject News(ProgressUpdate update, CultureInfo culture, int shown)
    {
        var color = update.Status == UpdateStatus.CannotDo ? "Attention" : "Good";
        return Line(
            Run($"News ({update.CreatedAt.ToString("d MMM", culture)}): ", weight: "Bolder", color: color),
            Run(StatusWords.Line(update.Status, ShownWords.Shorten(update.Text, shown)), color: color));
    }
}
