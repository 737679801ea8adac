using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Contributions;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Asks before removing one story or idea from "my contributions", and says when it is done.</summary>
public static class RemoveContributionCard
{
    public const string Done = "Done. I've removed it. Type **my contributions** to see what you've shared.";
    public const string Gone = "That story or idea isn't there any more, so there was nothing to remove.";

    public static string Title(ContributionKind kind) => kind == ContributionKind.Story ? "Remove this story?" : "Remove this idea?";

    /// <summary>The button each item of "my contributions" carries, named for what it removes (screen readers list them).</summary>
    public static JsonObject Button(Contribution contribution) =>
        Execute(contribution.Kind == ContributionKind.Story ? "Remove this story" : "Remove this idea", CardActionNames.AskRemove, Ids(contribution),
            tooltip: $"Remove your {(contribution.Kind == ContributionKind.Story ? "story" : "idea")}: {FirstWords(contribution.Text)}");

    public static JsonObject Ask(Contribution contribution) => Card(
        Heading(Title(contribution.Kind)),
        Words(ShownWords.Shorten(contribution.Text, 200), subtle: true),
        Text(WhereItGoes(contribution.Kind)))
        .WithActions(
            Execute("Yes, remove it", CardActionNames.ConfirmRemove, Ids(contribution), style: "destructive"),
            Execute("No, keep it", CardActionNames.CancelForget).WithoutInputs());

    /// <summary>A story is never in the ideas list, so only an idea's card says it leaves it.</summary>
    public static string WhereItGoes(ContributionKind kind) => kind == ContributionKind.Idea
        ? "It will go from the ideas list and from every summary, even ones already posted. So will the support others gave it. You can't get it back."
        : "It will go from every summary, even ones already posted. You can't get it back.";

    private static JsonObject Ids(Contribution contribution) =>
        new() { ["roundId"] = contribution.RoundId, ["contributionId"] = contribution.Id };
}
