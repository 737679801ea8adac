using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ElcBot.Web.Playground;

/// <summary>What changed in a transcript: an activity added, updated or deleted.</summary>
/// <param name="PersonId">Set when the change is one person's own view of a message: only their page shows it.</param>
public sealed record TranscriptChange(string Change, string ConversationId, JsonObject Activity, string? PersonId = null);

/// <summary>
/// Every conversation's activities, as Teams would keep them, and a feed of changes for open pages.
/// Kept in memory on purpose: this plays Teams' part on a developer's machine, and a restart is a fresh start.
/// </summary>
public sealed class TranscriptStore(TimeProvider time)
{
    private const int MaxPerConversation = 500;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<JsonObject>> _transcripts = new(StringComparer.Ordinal);
    private readonly List<Channel<TranscriptChange>> _watchers = [];
    private readonly PersonalCards _personal = new();
    private long _lastId;

    /// <summary>Adds an activity, giving it an id and a timestamp as Teams does; returns the stored copy.</summary>
    public JsonObject Add(string conversationId, JsonObject activity)
    {
        var key = TranscriptKey.Of(conversationId);
        var stored = activity.DeepClone().AsObject();
        lock (_gate)
        {
            stored["id"] = NextId();
            stored["timestamp"] ??= time.GetUtcNow().ToString("O");
            var transcript = TranscriptOf(key);
            transcript.Add(stored);
            if (transcript.Count > MaxPerConversation)
            {
                _personal.Forget(key, (string?)transcript[0]["id"] ?? string.Empty);
                transcript.RemoveAt(0);
            }

            Publish(new TranscriptChange("added", key, stored));
            return stored.DeepClone().AsObject();
        }
    }

    /// <summary>Replaces an activity in place for everyone, as a bot's update of its message does.</summary>
    public bool Replace(string conversationId, string activityId, JsonObject activity)
    {
        var key = TranscriptKey.Of(conversationId);
        lock (_gate)
        {
            var transcript = TranscriptOf(key);
            var index = transcript.FindIndex(a => (string?)a["id"] == activityId);
            if (index < 0)
            {
                return false;
            }

            var updated = activity.DeepClone().AsObject();
            updated["id"] = activityId;
            updated["timestamp"] = transcript[index]["timestamp"]?.DeepClone();
            updated["lastEdited"] = time.GetUtcNow().ToString("O");
            transcript[index] = updated;
            // In Teams an edit of the message also refreshes the views people had of it on their own; the simplest
            // faithful imitation is that from now on everyone sees the message as the bot last sent it.
            _personal.Forget(key, activityId);
            Publish(new TranscriptChange("updated", key, updated));
            return true;
        }
    }

    public bool Delete(string conversationId, string activityId)
    {
        var key = TranscriptKey.Of(conversationId);
        lock (_gate)
        {
            var transcript = TranscriptOf(key);
            var found = transcript.Find(a => (string?)a["id"] == activityId);
            if (found is null)
            {
                return false;
            }

            transcript.Remove(found);
            _personal.Forget(key, activityId);
            Publish(new TranscriptChange("deleted", key, new JsonObject { ["id"] = activityId }));
            return true;
        }
    }

    /// <summary>Tells open pages about something that is shown but not kept, such as "ElcBot is typing".</summary>
    public void Announce(string conversationId, JsonObject activity)
    {
        lock (_gate)
        {
            Publish(new TranscriptChange("transient", TranscriptKey.Of(conversationId), activity.DeepClone().AsObject()));
        }
    }

    /// <summary>Shows a card in place of a message's card for one person only, as Teams shows an invoke response.</summary>
    /// <returns>False when there is no such message, or it has no card to take the place of.</returns>
    public bool ShowTo(string conversationId, string activityId, string personId, JsonObject card)
    {
        var key = TranscriptKey.Of(conversationId);
        lock (_gate)
        {
            var found = TranscriptOf(key).Find(a => (string?)a["id"] == activityId);
            if (found is null || !PersonalCards.HasCard(found))
            {
                return false;
            }

            _personal.Set(key, activityId, personId, card);
            Publish(new TranscriptChange("updated", key, _personal.SeenBy(key, found, personId), personId));
            return true;
        }
    }

    /// <param name="conversationId">The conversation.</param>
    /// <param name="personId">Whose view: their own cards take the place of the bot's where they have one.</param>
    public IReadOnlyList<JsonObject> Read(string conversationId, string? personId = null)
    {
        var key = TranscriptKey.Of(conversationId);
        lock (_gate)
        {
            return _transcripts.TryGetValue(key, out var transcript)
                ? transcript.Select(a => _personal.SeenBy(key, a, personId)).ToArray()
                : [];
        }
    }

    /// <summary>
    /// Starts listening at once, not when first read: the feed says "connected" before it reads anything,
    /// and a change made in between must still reach the page.
    /// </summary>
    public TranscriptWatch Watch()
    {
        var channel = Channel.CreateBounded<TranscriptChange>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _watchers.Add(channel);
        }

        return new TranscriptWatch(channel, StopWatching);
    }

    private void StopWatching(Channel<TranscriptChange> channel)
    {
        lock (_gate)
        {
            _watchers.Remove(channel);
        }
    }

    private List<JsonObject> TranscriptOf(string key)
    {
        if (!_transcripts.TryGetValue(key, out var transcript))
        {
            transcript = [];
            _transcripts[key] = transcript;
        }

        return transcript;
    }

    /// <summary>Teams message ids are millisecond timestamps; these are too, and always increase.</summary>
    private string NextId()
    {
        _lastId = Math.Max(_lastId + 1, time.GetUtcNow().ToUnixTimeMilliseconds());
        return _lastId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Publish(TranscriptChange change)
    {
        foreach (var watcher in _watchers)
        {
            watcher.Writer.TryWrite(change with { Activity = change.Activity.DeepClone().AsObject() });
        }
    }
}
