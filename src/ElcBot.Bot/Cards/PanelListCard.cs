using System.Text.Json.Nodes;
using ElcBot.Core.Panels;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Who is on a round's review panel, the balance of voices, and how the current draft is going.</summary>
public static class PanelListCard
{
    public const string Title = "Review panel";

    public static JsonObject Build(string roundId, string question, IReadOnlyList<PanelMember> members, PanelDraft? draft, string? notice = null)
    {
        var ids = new JsonObject { ["roundId"] = roundId };
        var inReview = draft?.State == DraftState.InReview;
        var card = Card(
            Heading(Title),
            Words(question, weight: "Bolder"),
            notice is null ? null : Words(notice, weight: "Bolder"),
            members.Count == 0
                ? Text("No one is on the panel yet. Type **panel add @name** to add someone. Until then, summaries are posted straight away.")
                : Container(separator: false, [.. members.Select(m => Line(Run(m.Name, weight: "Bolder"), Run($": {PanelWords.Role(m.Role)}")))]),
            members.Count == 0 ? null : Text(PanelWords.Size(members), subtle: true),
            PanelBalance.NeedsMoreLivedExperience(members) ? Text(PanelWords.LivedExperienceWarning, color: "Attention") : null,
            inReview ? Text($"A draft summary is with the panel. {PanelWords.Progress(draft!, members)}") : null);
        var actions = new List<JsonObject>();
        if (inReview)
        {
            actions.Add(Execute("Post the summary now", PanelCardActions.Publish, ids));
        }

        actions.Add(Execute("See the change log", PanelCardActions.ShowLog, ids));
        return card.WithActions([.. actions]);
    }
}
