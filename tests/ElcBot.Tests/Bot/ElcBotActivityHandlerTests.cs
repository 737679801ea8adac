using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Core.Conversations;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace ElcBot.Tests.Bot;

public sealed class ElcBotActivityHandlerTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    [Fact]
    public async Task Should_answer_with_the_help_card_when_someone_types_help()
    {
        var replies = await _bot.SendTextAsync("help");

        var card = BotTestHarness.CardOf(Assert.Single(replies));
        Assert.Equal(HelpCard.Title, card["body"]![0]!["text"]!.ToString());
        Assert.Contains("help", card.ToString());
    }

    [Theory]
    [InlineData("<at>ElcBot</at> help")]
    [InlineData("  HELP ")]
    [InlineData("Help\u00A0")]
    [InlineData("help?")]
    [InlineData("Help. ")]
    [InlineData("/help")]
    [InlineData("Hello!")]
    [InlineData("<at>ElcBot</at> good morning")]
    public async Task Should_understand_help_when_it_has_a_mention_odd_case_spacing_or_punctuation_or_is_a_greeting(string text)
    {
        var replies = await _bot.SendTextAsync(text, conversationType: "channel");

        Assert.Equal(HelpCard.Title, BotTestHarness.CardOf(Assert.Single(replies))["body"]![0]!["text"]!.ToString());
    }

    [Fact]
    public async Task Should_strip_the_bot_mention_using_the_mention_entity_when_teams_sends_one()
    {
        // As it arrives on the wire: an entity whose properties hold the mention.
        var mention = new Entity("mention") { Properties = JObject.Parse("""{"mentioned":{"id":"28:bot","name":"ElcBot"},"text":"<at>ElcBot</at>"}""") };
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = "<at>ElcBot</at> help",
            Entities = [mention, new Entity("mention") { Properties = JObject.Parse("""{"mentioned":null,"text":5}""") }],
            Conversation = new ConversationAccount(id: "19:channel@thread.tacv2", conversationType: "channel"),
            From = new ChannelAccount("29:person"),
            Recipient = new ChannelAccount("28:bot", "ElcBot"),
        };

        var replies = await _bot.SendAsync(activity);

        Assert.Equal(HelpCard.Title, BotTestHarness.CardOf(Assert.Single(replies))["body"]![0]!["text"]!.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("helpful")]
    [InlineData("?")]
    [InlineData("hello, my name is Jo")]
    public async Task Should_point_to_help_when_the_message_is_not_a_command(string text)
    {
        var replies = await _bot.SendTextAsync(text);

        Assert.Equal(NotUnderstoodReply.Text, Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("Thanks!")]
    [InlineData("<at>ElcBot</at> thank you very much.")]
    public async Task Should_say_you_are_welcome_when_someone_thanks_the_bot(string text)
    {
        var replies = await _bot.SendTextAsync(text, conversationType: "channel");

        Assert.Equal(Thanks.Reply, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_suggest_the_command_meant_when_one_is_mistyped()
    {
        var replies = await _bot.SendTextAsync("my contribution");

        Assert.Equal(NotUnderstoodReply.DidYouMean("my contributions"), Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_store_the_conversation_and_welcome_once_when_the_bot_is_added_to_a_team()
    {
        var added = TeamInstall(ActivityTypes.ConversationUpdate);
        added.MembersAdded = [new ChannelAccount("28:bot")];

        var first = await _bot.SendAsync(added);
        var second = await _bot.SendAsync(TeamInstall(ActivityTypes.InstallationUpdate));

        Assert.Equal(WelcomeCard.Title, BotTestHarness.CardOf(Assert.Single(first))["body"]![0]!["text"]!.ToString());
        Assert.Empty(second);
        var saved = _bot.Conversations.Saved["19:general@thread.tacv2"];
        Assert.Equal(ConversationKind.Channel, saved.Kind);
        Assert.Equal("team-1", saved.TeamId);
        Assert.Equal("tenant-1", saved.TenantId);
        Assert.Equal("19:general@thread.tacv2", JObject.Parse(saved.ReferenceJson)["conversation"]!["id"]!.ToString());
    }

    [Fact]
    public async Task Should_not_welcome_when_someone_else_joins_the_team()
    {
        var joined = TeamInstall(ActivityTypes.ConversationUpdate);
        joined.MembersAdded = [new ChannelAccount("29:new-person")];

        var replies = await _bot.SendAsync(joined);

        Assert.Empty(replies);
        Assert.Empty(_bot.Conversations.Saved);
    }

    private static Activity TeamInstall(string type) => new(type)
    {
        Action = type == ActivityTypes.InstallationUpdate ? "add" : null,
        ServiceUrl = "https://service.example/",
        Conversation = new ConversationAccount(id: "19:general@thread.tacv2", conversationType: "channel", tenantId: "tenant-1"),
        From = new ChannelAccount("29:owner"),
        Recipient = new ChannelAccount("28:bot", "ElcBot"),
        ChannelData = JObject.FromObject(new TeamsChannelData { Team = new TeamInfo("team-1"), Tenant = new TenantInfo("tenant-1") }),
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
