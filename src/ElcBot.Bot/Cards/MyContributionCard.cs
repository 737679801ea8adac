using System.Globalization;
using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Contributions;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>
/// One story or idea of the person's, whole, with the choices they made when they shared it. The list in `my contributions`
/// shows the first words of each (ten whole stories would not fit in one Teams message), and people must be able to see
/// all they gave.
/// </summary>
public static class MyContributionCard
{
    /// <summary>The list shows this many characters of each story or idea; a longer one gets a "Read all of it" button.</summary>
    public const int ShownInList = 200;
    public const string BackTitle = "Back to what you've shared";

    public static string Title(ContributionKind kind) => kind == ContributionKind.Story ? "Your story" : "Your idea";

    /// <summary>Named for what it opens, as each item in the list has one and screen readers list them.</summary>
    public static JsonObject ReadButton(Contribution contribution, int page) =>
        Execute(contribution.Kind == ContributionKind.Story ? "Read all of this story" : "Read all of this idea",
            CardActionNames.ReadMine, Ids(contribution, page),
            tooltip: $"Read all of your {(contribution.Kind == ContributionKind.Story ? "story" : "idea")}: {FirstWords(contribution.Text)}");

    /// <param name="page">The list page it was opened from, so Back returns there.</param>
    public static JsonObject Build(Contribution contribution, string? roundQuestion, int page)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var credit = contribution.CreditName is null ? "Shared without your name" : "Shared with your name";
        return Card(
            Heading(Title(contribution.Kind)),
            Text($"{contribution.CreatedAt.ToString("d MMMM yyyy", culture)} · {credit}", subtle: true, size: "Small"),
            roundQuestion is null ? null : Words(roundQuestion, subtle: true, size: "Small"),
            Words(contribution.Text),
            Text($"How we can use your words: {ConsentWords.Of(contribution.Consent)}.", subtle: true, size: "Small"))
            .WithActions(
                RemoveContributionCard.Button(contribution),
                Execute(BackTitle, CardActionNames.MyContributionsPage, new JsonObject { ["page"] = page }).WithoutInputs());
    }

    private static JsonObject Ids(Contribution contribution, int page) =>
        new() { ["roundId"] = contribution.RoundId, ["contributionId"] = contribution.Id, ["page"] = page };
}
