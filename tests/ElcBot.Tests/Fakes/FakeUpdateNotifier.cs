using System.Collections.Concurrent;
using ElcBot.Bot.Updates;
using ElcBot.Core.Updates;

namespace ElcBot.Tests.Fakes;

/// <summary>Records each direct message instead of sending it; people in <see cref="Unreachable"/> have removed the bot.</summary>
public sealed class FakeUpdateNotifier : IUpdateNotifier
{
    public ConcurrentQueue<(PersonalChatAddress To, UpdateNotice Notice)> Sent { get; } = new();

    public ConcurrentDictionary<string, bool> Unreachable { get; } = new();

    /// <summary>People Teams fails for (busy or down) until they are taken off this list.</summary>
    public ConcurrentDictionary<string, bool> Failing { get; } = new();

    /// <summary>When set, each message waits for it: a slow Teams, for the "still sending" answer.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Completes when a message is waiting at <see cref="Gate"/>.</summary>
    public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<string> SentTo => Sent.Select(s => s.To.UserId).Order(StringComparer.Ordinal).ToArray();

    public async Task<NotifyOutcome> NotifyAsync(string address, UpdateNotice notice, CancellationToken cancellationToken)
    {
        if (Gate is { } gate)
        {
            Waiting.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        return Notify(address, notice);
    }

    private NotifyOutcome Notify(string address, UpdateNotice notice)
    {
        if (PersonalChatAddress.FromJson(address) is not { } to)
        {
            return NotifyOutcome.AddressUnusable;
        }

        if (Unreachable.ContainsKey(to.UserId))
        {
            return NotifyOutcome.Unreachable;
        }

        if (Failing.ContainsKey(to.UserId))
        {
            return NotifyOutcome.Failed;
        }

        Sent.Enqueue((to, notice));
        return NotifyOutcome.Sent;
    }
}
