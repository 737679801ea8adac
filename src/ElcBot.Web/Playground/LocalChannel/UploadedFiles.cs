using System.Collections.Concurrent;

namespace ElcBot.Web.Playground;

/// <summary>Files people allowed the bot to send them, kept in memory like the transcripts (the newest 50).</summary>
public sealed class UploadedFiles(TimeProvider time)
{
    private const int MaxFiles = 50;
    private readonly ConcurrentDictionary<string, (byte[] Bytes, DateTimeOffset At)> _files = new(StringComparer.Ordinal);

    public void Save(string uniqueId, byte[] bytes)
    {
        _files[uniqueId] = (bytes, time.GetUtcNow());
        foreach (var oldest in _files.OrderBy(f => f.Value.At).Take(Math.Max(0, _files.Count - MaxFiles)).ToArray())
        {
            _files.TryRemove(oldest.Key, out _);
        }
    }

    public byte[]? Find(string uniqueId) => _files.TryGetValue(uniqueId, out var file) ? file.Bytes : null;
}
