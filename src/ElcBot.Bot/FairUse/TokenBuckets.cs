using System.Collections.Concurrent;

namespace ElcBot.Bot.FairUse;

/// <summary>One token bucket per person: a burst is allowed, then a steady rate; one person's burst never slows anyone else.</summary>
public sealed class TokenBuckets(FairUseOptions options, TimeProvider time)
{
    /// <summary>
    /// How long one "please slow down" lasts. In a channel everyone sees it, and each copy also counts against Teams'
    /// limit on what a bot may send into one chat, so a flood gets one ask, not one per message.
    /// </summary>
    public static readonly TimeSpan AskAgainAfter = TimeSpan.FromSeconds(30);

    private const int MaxPeople = 50_000;
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Takes one token for <paramref name="person"/>; when their bucket is empty, says whether to ask them to slow down.</summary>
    public FairUseVerdict Take(string person)
    {
        if (_buckets.Count > MaxPeople)
        {
            // A bounded memory: forgetting everyone only ever lets people through, never blocks them.
            _buckets.Clear();
        }

        var bucket = _buckets.GetOrAdd(person, _ => new Bucket(options.Burst, time.GetTimestamp()));
        lock (bucket)
        {
            var now = time.GetTimestamp();
            var elapsed = time.GetElapsedTime(bucket.Stamp, now).TotalSeconds;
            bucket.Tokens = Math.Min(options.Burst, bucket.Tokens + (elapsed * options.PerSecond));
            bucket.Stamp = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                return FairUseVerdict.Allowed;
            }

            if (bucket.AskedAt is { } asked && time.GetElapsedTime(asked, now) < AskAgainAfter)
            {
                return FairUseVerdict.AlreadyAsked;
            }

            bucket.AskedAt = now;
            return FairUseVerdict.SlowDown;
        }
    }

    private sealed class Bucket(double tokens, long stamp)
    {
        public double Tokens { get; set; } = tokens;

        public long Stamp { get; set; } = stamp;

        /// <summary>When they were last asked to slow down, if ever.</summary>
        public long? AskedAt { get; set; }
    }
}
