using System.Collections.Concurrent;
using ElcBot.Bot.Updates;
using ElcBot.Core.Updates;

namespace ElcBot.Tests.Fakes;

/// <summary>Records each direct message instead of sending it; people in <see cref="Unreachable"/> have removed the bot.</summary>
public sealed class FakeUpdateNotifier : IUpdateNotifier
{
    public ConcurrentQueue<(PersonalChatAddress To, UpdateNotice Notice)> Sent { get; } = new();

    public ConcurrentDictionary<string, bool> Unreachable { get; } = new();

    public IReadOnlyList<string> SentTo => Sent.Select(s => s.To.UserId).Order(StringComparer.Ordinal).ToArray();

    public Task<NotifyOutcome> NotifyAsync(string address, UpdateNotice notice, CancellationToken cancellationToken)
    {
        if (PersonalChatAddress.FromJson(address) is not { } to)
        {
            return Task.FromResult(NotifyOutcome.AddressUnusable);
        }

        if (Unreachable.ContainsKey(to.UserId))
        {
            return Task.FromResult(NotifyOutcome.Unreachable);
        }

        Sent.Enqueue((to, notice));
        return Task.FromResult(NotifyOutcome.Sent);
    }
}
