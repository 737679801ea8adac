using System.Net;
using ElcBot.Core.Conversations;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Hosting;

/// <summary>Every real Teams payload, posted to the real host over HTTP; what the bot sends is read at a recording connector.</summary>
public sealed class TeamsPayloadEndToEndTests : HostedBotTests
{
    public static TheoryData<string> Payloads() => new(TeamsFixtures.Names);

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Should_accept_every_real_teams_payload_without_a_server_error(string name)
    {
        var response = await Host.PostActivityAsync(TeamsFixtures.Load(name, Connector.ServiceUrl));

        Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode}");
        Assert.DoesNotContain(Connector.SentActivities, a => a["text"]?.ToString() == ElcBot.Bot.Hosting.ElcBotAdapter.Apology);
    }

    [Theory]
    [InlineData("message_personal_chat_full_inbound_msteams-docs.json")]
    [InlineData("message_personal_chat_plaintext_botbuilder-dotnet.json")]
    [InlineData("message_value_from_card_action_messageBack_channel.DERIVED_fixed.json")]
    public async Task Should_reply_into_the_same_conversation_when_a_message_arrives(string name)
    {
        var activity = TeamsFixtures.Load(name, Connector.ServiceUrl);

        await Host.PostActivityAsync(activity);

        var reply = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Equal("message", reply["type"]!.ToString());
        Assert.Equal(activity["conversation"]!["id"]!.ToString(), reply["conversation"]!["id"]!.ToString());
        var call = Connector.Calls.Single(c => c.Body is not null);
        Assert.StartsWith($"/v3/conversations/{activity["conversation"]!["id"]}/activities", call.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_help_with_the_help_card_when_mentioned_in_a_channel()
    {
        var activity = TeamsFixtures.Load("message_value_from_card_action_messageBack_channel.DERIVED_fixed.json", Connector.ServiceUrl);
        activity.Remove("value");
        activity["text"] = "<at>MyBot</at> help";

        await Host.PostActivityAsync(activity);

        var reply = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply["attachments"]![0]!["contentType"]!.ToString());
        Assert.Contains("What I can do", reply["attachments"]![0]!["content"]!.ToString());
    }

    [Theory]
    [InlineData("conversationUpdate_membersAdded_bot_added_to_team.json", ConversationKind.Channel)]
    [InlineData("installationUpdate_add_team_channel.DERIVED_fixed.json", ConversationKind.Channel)]
    [InlineData("conversationUpdate_membersAdded_bot_added_personal.json", ConversationKind.Personal)]
    public async Task Should_store_the_conversation_reference_and_welcome_when_the_bot_is_installed(string name, ConversationKind kind)
    {
        var activity = TeamsFixtures.Load(name, Connector.ServiceUrl);

        var response = await Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Contains("Hello, I'm ElcBot", welcome["attachments"]![0]!["content"]!.ToString());
        var stored = await Host.Services.GetRequiredService<IConversationDirectory>()
            .FindAsync(activity["conversation"]!["id"]!.ToString(), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(kind, stored.Kind);
        Assert.Equal(Connector.ServiceUrl, stored.ServiceUrl);
    }

    [Fact]
    public async Task Should_send_nothing_when_someone_reacts_to_a_message()
    {
        var response = await Host.PostActivityAsync(TeamsFixtures.Load("messageReaction_reactionsAdded_channel.json", Connector.ServiceUrl));

        Assert.True(response.IsSuccessStatusCode);
        await Task.Delay(300);
        Assert.Empty(Connector.SentActivities);
    }
}
