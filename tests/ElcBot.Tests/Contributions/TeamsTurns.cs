using ElcBot.Bot.Cards;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace ElcBot.Tests.Contributions;

/// <summary>Activities shaped as Teams sends them (channel data with team and tenant, aadObjectId on the sender).</summary>
public static class TeamsTurns
{
    public const string Tenant = "tenant-1";
    public const string Team = "team-1";
    public const string Channel = "19:general@thread.tacv2";
    public const string ServiceUrl = "https://smba.example/";

    public static ChannelAccount Person(string name = "sam") => new($"29:{name}", $"Person {name}") { AadObjectId = $"aad-{name}" };

    public static ChannelAccount Facilitator => new("29:facilitator", "Fran Facilitator") { AadObjectId = "aad-facilitator" };

    public static Activity Message(string text, ChannelAccount? from = null, string team = Team, string tenant = Tenant) =>
        InChannel(new Activity(ActivityTypes.Message) { Text = text }, from, team, tenant);

    public static Activity PersonalMessage(string text, ChannelAccount? from = null) => new(ActivityTypes.Message)
    {
        Text = text,
        Id = Guid.NewGuid().ToString("N"),
        Conversation = new ConversationAccount(id: "a:personal-" + (from ?? Person()).Id, conversationType: "personal", tenantId: "guest-home-tenant"),
        From = from ?? Person(),
        Recipient = new ChannelAccount("28:bot", "ElcBot"),
        ServiceUrl = ServiceUrl,
        ChannelData = JObject.FromObject(new TeamsChannelData { Tenant = new TenantInfo("guest-home-tenant") }),
    };

    /// <summary>A Universal Action press in the person's direct chat with the bot.</summary>
    public static Activity PersonalInvoke(JObject data, ChannelAccount? from = null)
    {
        var press = PersonalMessage(string.Empty, from);
        press.Type = ActivityTypes.Invoke;
        press.Name = "adaptiveCard/action";
        press.Value = JObject.FromObject(new { action = new { type = "Action.Execute", data } });
        return press;
    }

    /// <summary>A Universal Action press (invoke adaptiveCard/action); Teams may leave out the verb, so none is sent.</summary>
    /// <param name="replyToId">The pressed message, which Teams names in the invoke.</param>
    public static Activity Invoke(JObject data, ChannelAccount? from = null, string team = Team, string tenant = Tenant, string? id = null, string? replyToId = null) =>
        InChannel(new Activity(ActivityTypes.Invoke)
        {
            Name = "adaptiveCard/action",
            Id = id ?? Guid.NewGuid().ToString("N"),
            ReplyToId = replyToId,
            Value = JObject.FromObject(new { action = new { type = "Action.Execute", data } }),
        }, from, team, tenant);

    /// <summary>An Action.Submit press: a message whose value is the button's data and the inputs.</summary>
    public static Activity Submit(JObject data, ChannelAccount? from = null, string? replyToId = "card-1") =>
        InChannel(new Activity(ActivityTypes.Message) { Value = data, ReplyToId = replyToId }, from, Team, Tenant);

    public static JObject Data(string action, object? fields = null)
    {
        var data = fields is null ? [] : JObject.FromObject(fields);
        data[CardActionData.ActionKey] = action;
        return data;
    }

    public static Round OpenRound(string id = "round-1", ElcStage stage = ElcStage.Discover) =>
        new(id, Channel, Tenant, Team, "What would make it easier to get help?", stage, null, IsOpen: true, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The body of the invoke response the bot sent for a Universal Action.</summary>
    public static AdaptiveCardInvokeResponse InvokeResponseOf(IEnumerable<Activity> replies)
    {
        var response = (InvokeResponse)replies.Single(a => a.Type == ActivityTypesEx.InvokeResponse).Value;
        Assert.Equal(200, response.Status);
        return (AdaptiveCardInvokeResponse)response.Body;
    }

    /// <summary>The card that replaced the pressed one.</summary>
    public static JObject ReplacementCard(IEnumerable<Activity> replies)
    {
        var body = InvokeResponseOf(replies);
        Assert.Equal(200, body.StatusCode);
        Assert.Equal(CardAttachments.AdaptiveCardContentType, body.Type);
        return (JObject)body.Value;
    }

    public static IReadOnlyList<Activity> Messages(IEnumerable<Activity> replies) => replies.Where(a => a.Type == ActivityTypes.Message).ToArray();

    private static Activity InChannel(Activity activity, ChannelAccount? from, string team, string tenant)
    {
        activity.Id ??= Guid.NewGuid().ToString("N");
        activity.ServiceUrl ??= ServiceUrl;
        activity.Conversation = new ConversationAccount(id: Channel, conversationType: "channel", tenantId: tenant);
        activity.From = from ?? Person();
        activity.Recipient = new ChannelAccount("28:bot", "ElcBot");
        activity.ChannelData = JObject.FromObject(new TeamsChannelData { Team = new TeamInfo(team), Tenant = new TenantInfo(tenant) });
        return activity;
    }
}
