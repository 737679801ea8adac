using System.Collections.Concurrent;

namespace ElcBot.Bot.FairUse;

/// <summary>One token bucket per person: a burst is allowed, then a steady rate; one person's burst never slows anyone else.</summary>
public sealed class TokenBuckets(FairUseOptions options, TimeProvider time)
{
    private const int MaxPeople = 50_000;
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Takes one token for <paramref name="person"/>; false when their bucket is empty.</summary>
    public bool TryTake(string person)
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
            if (bucket.Tokens < 1)
            {
                return false;
            }

            bucket.Tokens -= 1;
            return true;
        }
    }

    private sealed class Bucket(double tokens, long stamp)
    {
        public double Tokens { get; set; } = tokens;

        public long Stamp { get; set; } = stamp;
    }
}
