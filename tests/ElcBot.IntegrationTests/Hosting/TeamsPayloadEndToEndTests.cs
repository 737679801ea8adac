using System.Net;
using ElcBot.Core.Conversations;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Hosting;

/// <summary>Every real Teams payload, posted to the real host over HTTP; what the bot sends is read at a recording connector.</summary>
public sealed class TeamsPayloadEndToEndTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await BotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public static TheoryData<string> Payloads() => new(TeamsFixtures.Names);

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Should_accept_every_real_teams_payload_without_a_server_error(string name)
    {
        var response = await _host.PostActivityAsync(TeamsFixtures.Load(name, _connector.ServiceUrl));

        Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode}");
        Assert.DoesNotContain(_connector.SentActivities, a => a["text"]?.ToString() == ElcBot.Bot.Hosting.ElcBotAdapter.Apology);
    }

    [Theory]
    [InlineData("message_personal_chat_full_inbound_msteams-docs.json")]
    [InlineData("message_personal_chat_plaintext_botbuilder-dotnet.json")]
    [InlineData("message_value_from_card_action_messageBack_channel.DERIVED_fixed.json")]
    public async Task Should_reply_into_the_same_conversation_when_a_message_arrives(string name)
    {
        var activity = TeamsFixtures.Load(name, _connector.ServiceUrl);

        await _host.PostActivityAsync(activity);

        var reply = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        Assert.Equal("message", reply["type"]!.ToString());
        Assert.Equal(activity["conversation"]!["id"]!.ToString(), reply["conversation"]!["id"]!.ToString());
        var call = _connector.Calls.Single(c => c.Body is not null);
        Assert.StartsWith($"/v3/conversations/{activity["conversation"]!["id"]}/activities", call.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_help_with_the_help_card_when_mentioned_in_a_channel()
    {
        var activity = TeamsFixtures.Load("message_value_from_card_action_messageBack_channel.DERIVED_fixed.json", _connector.ServiceUrl);
        activity.Remove("value");
        activity["text"] = "<at>MyBot</at> help";

        await _host.PostActivityAsync(activity);

        var reply = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply["attachments"]![0]!["contentType"]!.ToString());
        Assert.Contains("What I can do", reply["attachments"]![0]!["content"]!.ToString());
    }

    [Theory]
    [InlineData("conversationUpdate_membersAdded_bot_added_to_team.json", ConversationKind.Channel)]
    [InlineData("installationUpdate_add_team_channel.DERIVED_fixed.json", ConversationKind.Channel)]
    [InlineData("conversationUpdate_membersAdded_bot_added_personal.json", ConversationKind.Personal)]
    public async Task Should_store_the_conversation_reference_and_welcome_when_the_bot_is_installed(string name, ConversationKind kind)
    {
        var activity = TeamsFixtures.Load(name, _connector.ServiceUrl);

        var response = await _host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        Assert.Contains("Hello, I'm ElcBot", welcome["attachments"]![0]!["content"]!.ToString());
        var stored = await _host.Services.GetRequiredService<IConversationDirectory>()
            .FindAsync(activity["conversation"]!["id"]!.ToString(), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(kind, stored.Kind);
        Assert.Equal(_connector.ServiceUrl, stored.ServiceUrl);
    }

    [Fact]
    public async Task Should_send_nothing_when_someone_reacts_to_a_message()
    {
        var response = await _host.PostActivityAsync(TeamsFixtures.Load("messageReaction_reactionsAdded_channel.json", _connector.ServiceUrl));

        Assert.True(response.IsSuccessStatusCode);
        await Task.Delay(300);
        Assert.Empty(_connector.SentActivities);
    }
}
