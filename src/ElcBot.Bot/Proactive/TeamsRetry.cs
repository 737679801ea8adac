using System.Globalization;
using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Proactive;

/// <summary>
/// Tries a message to Teams again when Teams is busy (429) or failing for a moment (500, 502, 503, 504), waiting as long
/// as Teams asks, or one, two, then four seconds.
/// </summary>
/// <remarks>
/// Teams asks every bot to back off and retry when it answers 429; the SDK's connector client does not retry by itself.
/// Used for messages sent outside a turn (summaries, updates, panel drafts), where a lost message has nobody watching.
/// A refusal (403, 404) or a bad request is final and is not tried again; so is a connector that cannot be reached at
/// all, which seconds rarely mend and which would hold a card press for nothing (the summary scheduler tries a failed
/// post again after its lease).
/// </remarks>
public sealed partial class TeamsRetry(TimeProvider time, ILogger<TeamsRetry> logger)
{
    /// <summary>Tries in all, the first included.</summary>
    public const int MaxAttempts = 4;

    /// <summary>The longest wait honoured between tries, whatever Teams asks: the sender holds a slot while it waits.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(1);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await send(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < MaxAttempts && !cancellationToken.IsCancellationRequested && WaitBefore(ex, attempt) is { } wait)
            {
                LogRetrying(logger, TeamsAnswer.StatusOf(ex), wait.TotalSeconds, attempt + 1, MaxAttempts);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task RunAsync(Func<CancellationToken, Task> send, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await send(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>How long to wait before try <paramref name="attempt"/> + 1, or null when this failure is final.</summary>
    public static TimeSpan? WaitBefore(Exception exception, int attempt)
    {
        var backoff = FirstWait * Math.Pow(2, attempt - 1);
        return exception switch
        {
            ErrorResponseException { Response: { } response } when IsTransient(response.StatusCode) => Cap(RetryAfter(response.Headers) ?? backoff),
            _ => null,
        };
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Retry-After in seconds, as Teams sends it.</summary>
    private static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers)
    {
        var value = headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }

    private static TimeSpan Cap(TimeSpan wait) => wait > LongestWait ? LongestWait : wait;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams did not take a message ({StatusCode}); trying again in {Seconds} s (try {Attempt} of {MaxAttempts})")]
    private static partial void LogRetrying(ILogger logger, int statusCode, double seconds, int attempt, int maxAttempts);
}
