using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Web.Playground;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Playground;

/// <summary>
/// As in Teams, the card answering a button press is shown to the person who pressed and no one else, and a bot's
/// update of the message is what everyone sees.
/// </summary>
public sealed class PersonalCardTests : IAsyncLifetime
{
    private const string ChannelId = "19:playground-ideas-channel@thread.tacv2";
    private const string Jo = "29:1playground-jo-evans";
    private const string Tom = "29:1playground-tom-hughes";
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync("Playground:Enabled=true");

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_show_the_answer_card_only_to_the_person_who_pressed()
    {
        var id = await PostCardAsync("The bot's card");

        var shown = await ShowToAsync(id, Jo, "Jo's own card");

        Assert.Equal(HttpStatusCode.NoContent, shown.StatusCode);
        Assert.Equal("Jo's own card", await CardTextAsync(id, Jo));
        Assert.Equal("The bot's card", await CardTextAsync(id, Tom));
        Assert.Equal("The bot's card", await CardTextAsync(id, person: null));
    }

    [Fact]
    public async Task Should_show_everyone_the_bots_update_of_the_message_in_place_of_their_own_cards()
    {
        var id = await PostCardAsync("The bot's card");
        await ShowToAsync(id, Jo, "Jo's own card");

        await UpdateAsync(id, "The card for everyone");

        Assert.Equal("The card for everyone", await CardTextAsync(id, Jo));
        Assert.Equal("The card for everyone", await CardTextAsync(id, Tom));
    }

    [Fact]
    public async Task Should_refuse_a_card_for_someone_who_is_not_in_the_conversation_or_a_message_that_is_not_there()
    {
        var id = await PostCardAsync("The bot's card");

        var stranger = await ShowToAsync(id, "29:someone-else", "A card");
        var missing = await ShowToAsync("12345", Jo, "A card");

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("The bot's card", await CardTextAsync(id, Jo));
    }

    [Fact]
    public async Task Should_tell_pages_whose_view_a_personal_card_is()
    {
        var store = new TranscriptStore(TimeProvider.System);
        var id = (string)store.Add(ChannelId, Message("The bot's card"))["id"]!;
        using var watch = store.Watch();

        Assert.True(store.ShowTo(ChannelId, id, Jo, Card("Jo's own card")));

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var changes = watch.ReadAllAsync(patience.Token).GetAsyncEnumerator(patience.Token);
        Assert.True(await changes.MoveNextAsync());
        Assert.Equal(("updated", Jo), (changes.Current.Change, changes.Current.PersonId));
        Assert.Equal("Jo's own card", (string?)changes.Current.Activity["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    private async Task<string> PostCardAsync(string text)
    {
        string? id = null;
        await ContinueAsync(async (turn, ct) => id = (await turn.SendActivityAsync(MessageFactory.Attachment(Attachment(text)), ct)).Id);
        return id!;
    }

    private Task UpdateAsync(string id, string text) => ContinueAsync(async (turn, ct) =>
    {
        var update = MessageFactory.Attachment(Attachment(text));
        update.Id = id;
        await turn.UpdateActivityAsync(update, ct);
    });

    private Task<HttpResponseMessage> ShowToAsync(string id, string person, string text) =>
        _host.Client.PostAsJsonAsync($"/playground/api/conversations/{Uri.EscapeDataString(ChannelId)}/activities/{id}/card?person={Uri.EscapeDataString(person)}", Card(text));

    private async Task<string?> CardTextAsync(string id, string? person)
    {
        var query = person is null ? string.Empty : $"?person={Uri.EscapeDataString(person)}";
        var transcript = JsonNode.Parse(await _host.Client.GetStringAsync($"/playground/api/conversations/{Uri.EscapeDataString(ChannelId)}/activities{query}"))!.AsArray();
        var message = transcript.Single(a => (string?)a!["id"] == id)!;
        return (string?)message["attachments"]![0]!["content"]!["body"]![0]!["text"];
    }

    private Task ContinueAsync(BotCallbackHandler callback)
    {
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = _host.Client.BaseAddress + "playground/connector/",
            Conversation = new ConversationAccount(isGroup: true, id: ChannelId),
            Bot = new ChannelAccount("28:playground-elcbot", "ElcBot"),
        };
        return _host.Services.GetRequiredService<CloudAdapter>().ContinueConversationAsync(string.Empty, reference, callback, CancellationToken.None);
    }

    private static JsonObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text }),
    };

    private static Attachment Attachment(string text) => new() { ContentType = "application/vnd.microsoft.card.adaptive", Content = JObject.Parse(Card(text).ToJsonString()) };

    private static JsonObject Message(string text) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = Card(text) }),
    };
}
