using System.Net;
using System.Text.Json.Nodes;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Playground;

/// <summary>The local channel answers the bot's own connector client (through its CloudAdapter) as Teams would.</summary>
public sealed class LocalChannelTests : IAsyncLifetime
{
    private const string ChannelId = "19:playground-ideas-channel@thread.tacv2";
    private const string JoId = "29:1playground-jo-evans";
    private const string JoPersonalChat = "a:1playground-personal-jo";
    private BotHost _host = null!;

    private string ServiceUrl => _host.Client.BaseAddress + "playground/connector/";

    public async Task InitializeAsync() => _host = await BotHost.StartAsync("Playground:Enabled=true");

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_post_into_the_persons_own_chat_when_the_bot_starts_a_personal_conversation()
    {
        var adapter = _host.Services.GetRequiredService<CloudAdapter>();
        var parameters = new ConversationParameters { IsGroup = false, Members = [new ChannelAccount(JoId)], TenantId = "tenant" };

        await adapter.CreateConversationAsync(string.Empty, "msteams", ServiceUrl, AuthenticationConstants.ToChannelFromBotOAuthScope, parameters,
            (turn, ct) => turn.SendActivityAsync(MessageFactory.Text("Your file is ready."), ct), CancellationToken.None);

        var transcript = await TranscriptAsync(JoPersonalChat);
        Assert.Equal("Your file is ready.", (string?)Assert.Single(transcript)!["text"]);
    }

    [Fact]
    public async Task Should_show_the_message_as_from_the_bot_when_the_bot_posts_into_a_chat_it_created_without_naming_itself()
    {
        var adapter = _host.Services.GetRequiredService<CloudAdapter>();
        var parameters = new ConversationParameters { IsGroup = false, Members = [new ChannelAccount(JoId)], TenantId = "tenant" };

        await adapter.CreateConversationAsync(string.Empty, "msteams", ServiceUrl, AuthenticationConstants.ToChannelFromBotOAuthScope, parameters,
            (turn, ct) => turn.SendActivityAsync(MessageFactory.Text("Here is a file for you."), ct), CancellationToken.None);

        var message = Assert.Single(await TranscriptAsync(JoPersonalChat))!;
        Assert.Equal("28:playground-elcbot", (string?)message["from"]?["id"]);
        Assert.Equal("ElcBot", (string?)message["from"]?["name"]);
    }

    [Fact]
    public async Task Should_replace_the_message_in_place_when_the_bot_updates_it()
    {
        string? id = null;
        await ContinueAsync(ChannelId, async (turn, ct) => id = (await turn.SendActivityAsync(MessageFactory.Text("First words"), ct)).Id);
        await ContinueAsync(ChannelId, async (turn, ct) =>
        {
            var update = MessageFactory.Text("Better words");
            update.Id = id;
            await turn.UpdateActivityAsync(update, ct);
        });

        var message = Assert.Single(await TranscriptAsync(ChannelId))!;
        Assert.Equal(id, (string?)message["id"]);
        Assert.Equal("Better words", (string?)message["text"]);
    }

    [Fact]
    public async Task Should_answer_roster_look_ups_with_the_people_as_teams_accounts_and_mark_the_guest()
    {
        IList<TeamsChannelAccount> members = [];
        TeamsChannelAccount? grace = null;
        TeamDetails? team = null;
        await ContinueAsync(ChannelId, async (turn, ct) =>
        {
            members = (await TeamsInfo.GetPagedMembersAsync(turn, cancellationToken: ct)).Members;
            grace = await TeamsInfo.GetMemberAsync(turn, "29:1playground-grace-mensah", ct);
            team = await TeamsInfo.GetTeamDetailsAsync(turn, "19:playground-team-general@thread.tacv2", ct);
        });

        Assert.Equal(5, members.Count);
        Assert.Equal("guest", members.Single(m => m.Name == "Sam Taylor").UserRole);
        Assert.All(members, m => Assert.False(string.IsNullOrEmpty(m.AadObjectId)));
        Assert.Equal("Grace Mensah", grace?.Name);
        Assert.Equal("user", grace?.UserRole);
        Assert.Equal("Better Care Together", team?.Name);
    }

    [Fact]
    public async Task Should_serve_no_playground_when_it_is_not_turned_on_outside_development()
    {
        await using var production = await BotHost.StartAsync();

        var page = await production.Client.GetAsync("/playground");
        var connector = await production.Client.GetAsync("/playground/connector/v3/conversations/x/members");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, connector.StatusCode);
    }

    /// <remarks>
    /// The local channel, the transcripts and the file store take and give anything without a token. With an app id
    /// set they used to stay open even so, to anyone who could reach the service, when Playground:Enabled was on.
    /// </remarks>
    [Fact]
    public async Task Should_serve_no_playground_when_the_bot_has_an_app_id_even_if_it_is_turned_on()
    {
        await using var authenticated = await BotHost.StartAsync("Playground:Enabled=true", "MicrosoftAppId=11111111-2222-3333-4444-555555555555");
        string[] paths =
        [
            "/playground",
            "/playground/api/setup",
            "/playground/api/conversations/a%3A1playground-personal-jo/activities",
            "/playground/connector/v3/conversations/a%3A1playground-personal-jo/members",
            "/playground/files/x/y.csv",
        ];

        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await authenticated.Client.GetAsync(path)).StatusCode);
        }

        var posted = await authenticated.Client.PostAsync(
            "/playground/connector/v3/conversations/a%3A1playground-personal-jo/activities",
            new StringContent("""{"type":"message","text":"hello"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }

    [Fact]
    public async Task Should_keep_an_upload_of_up_to_five_megabytes_and_give_it_back()
    {
        var bytes = new byte[5 * 1024 * 1024];
        bytes[^1] = 7;

        var put = await _host.Client.PutAsync("/playground/files/kept/ideas.csv", new ByteArrayContent(bytes));
        var back = await _host.Client.GetByteArrayAsync("/playground/files/kept/ideas.csv");

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(bytes, back);
    }

    /// <remarks>
    /// Sent without a length (chunked), as a client that streams would, so the limit has to hold while reading: before,
    /// the whole body was read into memory and only then measured.
    /// </remarks>
    [Fact]
    public async Task Should_refuse_an_upload_over_five_megabytes_sent_without_a_length_and_keep_nothing()
    {
        var content = new StreamContent(new UnseekableStream(new byte[5 * 1024 * 1024 + 1]));

        var put = await _host.Client.PutAsync("/playground/files/big/ideas.csv", content);
        var find = await _host.Client.GetAsync("/playground/files/big/ideas.csv");

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, find.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_an_upload_whose_stated_length_is_over_five_megabytes()
    {
        var put = await _host.Client.PutAsync("/playground/files/stated/ideas.csv", new ByteArrayContent(new byte[5 * 1024 * 1024 + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
    }

    private Task ContinueAsync(string conversationId, BotCallbackHandler callback)
    {
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = ServiceUrl,
            Conversation = new ConversationAccount(isGroup: true, id: conversationId),
            Bot = new ChannelAccount("28:playground-elcbot", "ElcBot"),
        };
        return _host.Services.GetRequiredService<CloudAdapter>().ContinueConversationAsync(string.Empty, reference, callback, CancellationToken.None);
    }

    private async Task<JsonArray> TranscriptAsync(string conversationId) =>
        JsonNode.Parse(await _host.Client.GetStringAsync($"/playground/api/conversations/{Uri.EscapeDataString(conversationId)}/activities"))!.AsArray();

    /// <summary>A stream that cannot tell its length, so HttpClient sends it chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
