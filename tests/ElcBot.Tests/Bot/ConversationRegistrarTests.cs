using ElcBot.Bot.Installation;
using ElcBot.Core.Conversations;
using ElcBot.Tests.Fakes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace ElcBot.Tests.Bot;

public sealed class ConversationRegistrarTests
{
    private const string Channel = "19:other-channel@thread.tacv2";
    private readonly FakeConversationDirectory _conversations = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Should_keep_the_channel_itself_not_the_thread_when_a_turn_comes_from_a_thread_of_an_unknown_channel()
    {
        await RememberAsync(Turn(Channel + ";messageid=1700000000000", "channel"));

        var saved = Assert.Single(_conversations.Saved).Value;
        Assert.Equal((Channel, ConversationKind.Channel, "team-1", "tenant-1"), (saved.ConversationId, saved.Kind, saved.TeamId, saved.TenantId));
        var reference = JObject.Parse(saved.ReferenceJson);
        Assert.Equal(Channel, reference["conversation"]!["id"]!.ToString());
        Assert.Equal("tenant-1", reference["conversation"]!["tenantId"]!.ToString());
        Assert.Null(reference["activityId"]?.Value<string>());
        Assert.Equal("https://smba.example/", saved.ServiceUrl);
    }

    [Fact]
    public async Task Should_leave_the_installs_record_as_it_was_when_the_channel_is_already_known()
    {
        var installed = new InstalledConversation(Channel, ConversationKind.Channel, "tenant-1", "team-1", "https://smba.example/", "{\"installed\":true}", DateTimeOffset.UnixEpoch);
        await _conversations.SaveAsync(installed, CancellationToken.None);

        await RememberAsync(Turn(Channel + ";messageid=1700000000000", "channel"));

        Assert.Equal(installed, _conversations.Saved[Channel]);
    }

    [Fact]
    public async Task Should_keep_nothing_when_the_turn_comes_from_a_personal_chat()
    {
        await RememberAsync(Turn("a:personal", "personal"));

        Assert.Empty(_conversations.Saved);
    }

    private async Task RememberAsync(Activity activity)
    {
        using var turn = new TurnContext(new TestAdapter(Microsoft.Bot.Connector.Channels.Msteams), activity);
        await new ConversationRegistrar(_conversations, _time).RememberAsync(turn, CancellationToken.None);
    }

    private static Activity Turn(string conversationId, string conversationType) => new(ActivityTypes.Message)
    {
        Id = "1700000000000",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.example/",
        Conversation = new ConversationAccount(isGroup: conversationType != "personal", conversationType: conversationType, id: conversationId, tenantId: "tenant-1"),
        From = new ChannelAccount("29:facilitator") { AadObjectId = "aad-facilitator" },
        Recipient = new ChannelAccount("28:bot", "ElcBot"),
        ChannelData = JObject.FromObject(new TeamsChannelData { Team = new TeamInfo("team-1"), Tenant = new TenantInfo("tenant-1") }),
    };
}
