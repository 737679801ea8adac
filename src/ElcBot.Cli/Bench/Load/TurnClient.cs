using System.Diagnostics;
using System.Text;

namespace ElcBot.Cli.Bench.Load;

/// <summary>Posts one activity to the bot's /api/messages and times the HTTP round trip.</summary>
public sealed class TurnClient(HttpClient http)
{
    public const string MessagesPath = "/api/messages";

    public async Task<TurnReply> PostAsync(string activityJson, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var content = new StringContent(activityJson, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(MessagesPath, content, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new TurnReply((int)response.StatusCode, body, clock.Elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The host is not answering (stopped, restarting, or too slow): a failed turn, status 0.
            return new TurnReply(0, string.Empty, clock.Elapsed);
        }
    }
}

/// <summary>The host's answer to one activity.</summary>
public sealed record TurnReply(int Status, string Body, TimeSpan Latency)
{
    public bool Succeeded => Status is >= 200 and < 300;
}
