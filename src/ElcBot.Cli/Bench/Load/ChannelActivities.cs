using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;

namespace ElcBot.Cli.Bench.Load;

/// <summary>Activities as Teams sends them from one team channel: messages, and card buttons as Universal Actions.</summary>
/// <param name="serviceUrl">Where the bot sends its replies: the loopback connector.</param>
public sealed class ChannelActivities(string serviceUrl)
{
    public const string Tenant = "bench-tenant";
    public const string Team = "19:bench-team@thread.tacv2";
    public const string Channel = "19:bench-load@thread.tacv2";

    /// <summary>The Entra object id of simulated person <paramref name="person"/>.</summary>
    public static string PersonId(int person) => $"aad-person-{person}";

    public static string FacilitatorId => "aad-facilitator";

    public string Message(string personId, string text)
    {
        var activity = Base("message", personId);
        activity["text"] = text;
        return activity.ToJsonString();
    }

    /// <summary>A press of an Action.Execute button: an adaptiveCard/action invoke carrying the button's data.</summary>
    /// <param name="pressedMessageId">The message holding the pressed card, as Teams sends it in replyToId.</param>
    public string CardAction(string personId, JsonObject data, string? activityId = null, string? pressedMessageId = null)
    {
        var activity = Base("invoke", personId, activityId);
        if (pressedMessageId is not null)
        {
            activity["replyToId"] = pressedMessageId;
        }

        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = data.DeepClone() } };
        return activity.ToJsonString();
    }

    /// <summary>The data of the idea form's Share button, sent anonymously with permission to quote.</summary>
    public static JsonObject IdeaForm(string roundId, string text, string submissionId, string role = "UsesServices") => new()
    {
        ["elcAction"] = CardActionNames.Share,
        ["roundId"] = roundId,
        ["kind"] = "Idea",
        ["submissionId"] = submissionId,
        [ContributionFormCard.TextInputId] = text,
        [ContributionFormCard.RoleInput] = role,
        [ContributionFormCard.CreditInput] = ContributionFormCard.CreditAnonymous,
        [ContributionFormCard.ConsentInput] = "MayQuote",
        [ContributionFormCard.AgreeInput] = "true",
    };

    private JsonObject Base(string type, string personId, string? activityId = null) => new()
    {
        ["type"] = type,
        ["id"] = activityId ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:" + personId, ["name"] = personId, ["aadObjectId"] = personId },
        ["recipient"] = new JsonObject { ["id"] = "28:elcbot", ["name"] = "ElcBot" },
        ["conversation"] = new JsonObject { ["id"] = Channel, ["conversationType"] = "channel", ["tenantId"] = Tenant, ["isGroup"] = true },
        ["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = Team },
            ["tenant"] = new JsonObject { ["id"] = Tenant },
            ["channel"] = new JsonObject { ["id"] = Channel },
        },
    };
}
