using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ElcBot.Web.Playground;

/// <summary>What the page reads and writes: who it can be, where, the transcripts, and a live feed of changes.</summary>
internal static class PlaygroundApiEndpoints
{
    public static RouteGroupBuilder MapPlaygroundApi(this RouteGroupBuilder api)
    {
        api.MapGet("/setup", Setup);
        // Read as one person (?person=29:...): the cards they pressed show as they see them.
        api.MapGet("/conversations/{conversationId}/activities", (string conversationId, string? person, TranscriptStore transcripts) =>
            Results.Json(new JsonArray([.. transcripts.Read(conversationId, person)])));
        // The page keeps what a person sends here first (Teams shows your own message), then posts it to the bot.
        api.MapPost("/conversations/{conversationId}/activities", (string conversationId, JsonObject activity, TranscriptStore transcripts) =>
            PlaygroundCast.MembersOf(conversationId) is null
                ? Results.NotFound()
                : Results.Json(transcripts.Add(conversationId, activity)));
        // Teams shows the card an Action.Execute answers with in place of the pressed one, to the presser alone; so does the page.
        api.MapPost("/conversations/{conversationId}/activities/{activityId}/card", ShowCardTo);
        api.MapGet("/events", (TranscriptStore transcripts, IHostApplicationLifetime lifetime, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(Feed(transcripts, lifetime.ApplicationStopping, cancellationToken)));
        return api;
    }

    private static IResult Setup(HttpRequest request, PlaygroundBot bot, IOptions<PlaygroundOptions> options) => Results.Json(new JsonObject
    {
        ["rendererInstalled"] = File.Exists(PlaygroundPage.RendererPath(options.Value)),
        ["serviceUrl"] = PlaygroundPaths.ServiceUrl(request),
        ["tenantId"] = PlaygroundCast.TenantId,
        ["bot"] = new JsonObject { ["id"] = bot.Id, ["name"] = PlaygroundCast.BotName },
        ["team"] = new JsonObject { ["id"] = PlaygroundCast.TeamId, ["name"] = PlaygroundCast.TeamName, ["aadGroupId"] = PlaygroundCast.TeamAadGroupId },
        ["people"] = new JsonArray([.. PlaygroundCast.People.Select(p => new JsonObject
        {
            ["key"] = p.Key,
            ["name"] = p.Name,
            ["role"] = p.Role,
            ["description"] = p.Description,
            ["id"] = p.Id,
            ["aadObjectId"] = p.AadObjectId,
            ["personalConversationId"] = p.PersonalConversationId,
        })]),
        ["conversations"] = new JsonArray([.. PlaygroundCast.Shared.Select(c => new JsonObject
        {
            ["key"] = c.Key,
            ["id"] = c.Id,
            ["conversationType"] = c.ConversationType,
            ["name"] = c.Name,
            ["teamId"] = c.TeamId,
        })]),
    });

    /// <param name="conversationId">Where the pressed message is.</param>
    /// <param name="activityId">The pressed message.</param>
    /// <param name="person">Who pressed (their Teams id): only they see the card.</param>
    /// <param name="card">The card the bot answered with.</param>
    /// <param name="transcripts">The transcripts.</param>
    private static IResult ShowCardTo(string conversationId, string activityId, string person, JsonObject card, TranscriptStore transcripts)
    {
        if (PlaygroundCast.MembersOf(conversationId)?.Any(p => p.Id == person) != true)
        {
            return Results.NotFound();
        }

        return transcripts.ShowTo(conversationId, activityId, person, card) ? Results.NoContent() : Results.NotFound();
    }

    /// <param name="transcripts">The transcripts.</param>
    /// <param name="stopping">
    /// The host is stopping: an open page's feed would otherwise hold Ctrl+C up for the whole shutdown timeout
    /// (about 30 seconds) before the bot and Azurite stop. The page reconnects by itself when the host is back.
    /// </param>
    /// <param name="cancellationToken">The page went away.</param>
    private static async IAsyncEnumerable<SseItem<TranscriptChange>> Feed(TranscriptStore transcripts, CancellationToken stopping, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping, cancellationToken);
        // Listening starts before the first event, so whatever the page does once it hears "hello" is seen here.
        using var watch = transcripts.Watch();
        yield return new SseItem<TranscriptChange>(new TranscriptChange("hello", string.Empty, []), "hello");
        var changes = watch.ReadAllAsync(either.Token).GetAsyncEnumerator(either.Token);
        await using (changes.ConfigureAwait(false))
        {
            while (await NextAsync(changes).ConfigureAwait(false))
            {
                yield return new SseItem<TranscriptChange>(changes.Current, "change");
            }
        }
    }

    /// <summary>The next change, or false once the page or the host has gone: either ends the feed quietly.</summary>
    private static async Task<bool> NextAsync(IAsyncEnumerator<TranscriptChange> changes)
    {
        try
        {
            return await changes.MoveNextAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
