using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>A page of a round's ideas, newest first, each with "This matters to me too" and "Build on this".</summary>
public static class IdeasPageCard
{
    public const string Title = "Ideas so far";
    public const string SupportTitle = "This matters to me too";

    public const string FollowTitle = "Tell me what happens to this idea";

    /// <param name="round">The round.</param>
    /// <param name="page">The page of ideas.</param>
    /// <param name="notice">A line for the person who pressed a button, shown above the list.</param>
    /// <param name="followIdeaId">The idea just supported: the person is offered to hear what happens to it.</param>
    public static JsonObject Build(Round round, IdeaPage page, string? notice = null, string? followIdeaId = null)
    {
        var body = new List<JsonNode?>
        {
            Heading(Title),
            Words(round.Question, weight: "Bolder"),
            notice is null ? null : Text(notice, color: "Good", weight: "Bolder"),
            followIdeaId is null ? null : Actions(Execute(FollowTitle, CardActionNames.FollowIdea,
                new JsonObject { ["roundId"] = round.Id, ["ideaId"] = followIdeaId, ["page"] = page.Page })),
        };
        if (page.Items.Count == 0)
        {
            body.Add(Text("No ideas yet. Yours could be the first."));
        }

        foreach (var item in page.Items)
        {
            var idea = item.Idea;
            var open = round.IsOpen;
            body.Add(Container(
                separator: true,
                Words(idea.Text),
                Words($"{idea.CreditName ?? "Shared without a name"} · {RoleWords.Of(idea.Role)}{(idea.BuildsOnId is null ? string.Empty : " · builds on another idea")}", subtle: true, size: "Small"),
                Text(SupportLine(item.Supports), size: "Small"),
                open ? Actions(
                    Execute($"{SupportTitle} ({item.Supports})", CardActionNames.ToggleSupport, new JsonObject { ["roundId"] = round.Id, ["ideaId"] = idea.Id, ["page"] = page.Page },
                        tooltip: $"{SupportTitle}: {FirstWords(idea.Text)}"),
                    Execute("Build on this", CardActionNames.OpenIdeaForm, new JsonObject { ["roundId"] = round.Id, ["buildsOnId"] = idea.Id },
                        tooltip: $"Build on this idea: {FirstWords(idea.Text)}")) : null));
        }

        if (page.PageCount > 1)
        {
            body.Add(Text($"Page {page.Page + 1} of {page.PageCount}", subtle: true, size: "Small"));
        }

        var card = Card(body.ToArray());
        var paging = new List<JsonObject>();
        if (page.HasNewer)
        {
            paging.Add(Execute("Newer ideas", CardActionNames.IdeasPage, new JsonObject { ["roundId"] = round.Id, ["page"] = page.Page - 1 }));
        }

        if (page.HasOlder)
        {
            paging.Add(Execute("Older ideas", CardActionNames.IdeasPage, new JsonObject { ["roundId"] = round.Id, ["page"] = page.Page + 1 }));
        }

        if (round.IsOpen)
        {
            paging.Add(Execute("Share an idea", CardActionNames.OpenIdeaForm, new JsonObject { ["roundId"] = round.Id }));
        }

        return paging.Count == 0 ? card : card.WithActions(paging.ToArray());
    }

    /// <summary>How many said an idea matters to them, in words; none yet reads as an invitation rather than "0 people".</summary>
    public static string SupportLine(int supports) => supports switch
    {
        0 => "No one has said this matters to them yet.",
        1 => "1 person says this matters to them.",
        _ => $"{supports} people say this matters to them.",
    };

    /// <summary>The line shown above the list after someone pressed support.</summary>
    public static string SupportNotice(bool supported) =>
        supported ? "Thank you. You said this idea matters to you too." : "Done. Your support is taken back.";
}
