using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Peers;

/// <summary>Plays the Bot Connector on loopback: records every call the bot makes to its serviceUrl and answers as Teams would.</summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Conversations the bot has been removed from: Teams answers 403 to posts there.</summary>
    public ConcurrentDictionary<string, bool> RemovedFrom { get; } = new();

    /// <summary>People who removed the bot: Teams answers 403 when the bot tries to open a personal chat with them.</summary>
    public ConcurrentDictionary<string, bool> RefusesChatWith { get; } = new();

    /// <summary>
    /// Conversations where Teams is busy: each post there is answered 429 (Too Many Requests, retry after a second) while the
    /// count lasts, and counts it down.
    /// </summary>
    public ConcurrentDictionary<string, int> BusyIn { get; } = new();

    /// <summary>When set, opening a personal chat takes this long: a slow Teams.</summary>
    public TimeSpan ChatOpeningDelay { get; set; }

    /// <summary>The serviceUrl to put on activities sent to the bot.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<RecordingConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new RecordingConnector(app);
        app.Map("/{**path}", connector.HandleAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First() + "/";
        return connector;
    }

    /// <summary>Activities the bot sent (replies and new messages), in order.</summary>
    public IReadOnlyList<JObject> SentActivities =>
        Calls.Where(c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal) && c.Body is not null)
            .Select(c => c.Body!).ToArray();

    /// <summary>Waits until at least <paramref name="count"/> activities were sent, or the timeout passes.</summary>
    public async Task<IReadOnlyList<JObject>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (SentActivities.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return SentActivities;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        // Read as a StreamReader reads it (a byte-order mark is dropped from the text); Bytes keeps the body exactly.
        var body = await new StreamReader(new MemoryStream(bytes)).ReadToEndAsync(context.RequestAborted);
        Calls.Enqueue(new RecordedCall(context.Request.Method, context.Request.Path.Value ?? string.Empty,
            TryParse(body), context.Request.Headers.Authorization.ToString(), body, bytes));
        context.Response.ContentType = "application/json";
        if (ChatOpeningDelay > TimeSpan.Zero && context.Request.Method == "POST" && context.Request.Path.Value?.TrimEnd('/') == "/v3/conversations")
        {
            await Task.Delay(ChatOpeningDelay, context.RequestAborted);
        }

        if (RemovedFrom.Keys.Any(id => context.Request.Path.Value?.Contains(id, StringComparison.Ordinal) == true) || OpensChatWithRefused(context, body))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("""{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""", context.RequestAborted);
            return;
        }

        if (context.Request.Method == "POST" && TakeBusy(context.Request.Path.Value ?? string.Empty))
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "1";
            await context.Response.WriteAsync("""{"error":{"code":"TooManyRequests","message":"Too many requests."}}""", context.RequestAborted);
            return;
        }

        await context.Response.WriteAsync(
            context.Request.Path.StartsWithSegments("/v3/conversations") && context.Request.Method != "GET"
                ? $$"""{"id":"{{Guid.NewGuid():N}}","activityId":"{{Guid.NewGuid():N}}"}"""
                : "[]",
            context.RequestAborted);
    }

    private bool TakeBusy(string path)
    {
        lock (BusyIn)
        {
            var id = BusyIn.Keys.FirstOrDefault(id => path.Contains(id, StringComparison.Ordinal) && BusyIn[id] > 0);
            if (id is null)
            {
                return false;
            }

            BusyIn[id]--;
            return true;
        }
    }

    private bool OpensChatWithRefused(HttpContext context, string body) =>
        context.Request.Method == "POST" && context.Request.Path.Value?.TrimEnd('/') == "/v3/conversations"
        && TryParse(body)?["members"] is JArray members && members.Any(m => RefusesChatWith.ContainsKey((string?)m["id"] ?? string.Empty));

    private static JObject? TryParse(string body)
    {
        try
        {
            return body.Length > 0 ? JObject.Parse(body) : null;
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            // Uploads (files) are not JSON; Raw keeps them.
            return null;
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

/// <summary>One HTTP call the bot made to the connector: its body as text (Raw) and as sent (Bytes).</summary>
public sealed record RecordedCall(string Method, string Path, JObject? Body, string Authorization, string Raw, byte[] Bytes);
