using ElcBot.Core.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.State;

/// <summary>The SDK's IStorage over Table Storage, with ETag concurrency (the SDK's Azure storage packages are not served here).</summary>
/// <remarks>
/// An item that carries an ETag (an <see cref="IStoreItem"/>, or a dictionary or JSON object with "eTag") is written only if
/// nobody has changed it since it was read; otherwise the write is refused with a <see cref="StateConflictException"/>.
/// Items without an ETag, or with "*", are written unconditionally, as in the SDK's own storages.
/// </remarks>
public sealed class TableBotStorage(IStateDocumentStore store) : IStorage
{
    private const string ETagName = "eTag";

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var documents = await store.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, document) in documents)
        {
            var item = JsonConvert.DeserializeObject(document.Json, StateSerialization.Settings);
            if (item is not null)
            {
                items[key] = WithETag(item, document.ETag);
            }
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var etag = ETagOf(value);
            var json = JsonConvert.SerializeObject(value, StateSerialization.Settings);
            var newETag = await store.WriteAsync(new StateDocument(key, json, etag), cancellationToken).ConfigureAwait(false);
            WithETag(value, newETag);
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return store.DeleteAsync(keys, cancellationToken);
    }

    private static string? ETagOf(object value) => value switch
    {
        IStoreItem item => item.ETag,
        IDictionary<string, object> dictionary when dictionary.TryGetValue(ETagName, out var e) => e?.ToString(),
        JObject json => json.Value<string>(ETagName),
        _ => null,
    };

    private static object WithETag(object value, string? etag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = etag;
                break;
            case IDictionary<string, object> dictionary when dictionary.ContainsKey(ETagName):
                dictionary[ETagName] = etag!;
                break;
            case JObject json when json.ContainsKey(ETagName):
                json[ETagName] = etag;
                break;
        }

        return value;
    }
}
