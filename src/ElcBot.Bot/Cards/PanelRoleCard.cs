using System.Text.Json.Nodes;
using ElcBot.Core.Contributions;
using static ElcBot.Bot.Cards.CardElements;
using static ElcBot.Bot.Cards.FormElements;

namespace ElcBot.Bot.Cards;

/// <summary>Asks the facilitator which role a person brings to the review panel, with the roles contributors choose from.</summary>
public static class PanelRoleCard
{
    public const string Title = "Add to the review panel";
    public const string RoleInput = "panelRole";
    public const string ChooseRole = "Please choose their role.";

    /// <remarks>
    /// The title is a heading of the bot's own words and the name a line of its own: a name is shown as written, and
    /// such a line cannot be marked as a heading.
    /// </remarks>
    public static JsonObject Build(string roundId, string userId, string name, string? role = null, bool roleMissing = false) => Card(
        Heading(Title),
        Words(name, weight: "Bolder"),
        Text("The panel checks each summary before it is posted. I'll send them each draft in a chat. What is their role?"),
        Choices(RoleInput, "Their role", Enum.GetValues<ContributorRole>().Select(r => (r.ToString(), RoleWords.Of(r))), role).Required(ChooseRole),
        FieldProblem(roleMissing ? "Please choose one." : null),
        Text("Try to have at least half the panel be people who use services, or carers.", subtle: true))
        .WithActions(Execute("Add to the panel", PanelCardActions.SetRole, new JsonObject { ["roundId"] = roundId, ["userId"] = userId, ["name"] = name }, style: "positive"));
}
