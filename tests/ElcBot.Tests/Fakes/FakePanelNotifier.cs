using System.Collections.Concurrent;
using ElcBot.Core.Panels;

namespace ElcBot.Tests.Fakes;

/// <summary>Records each draft sent again to a panel member instead of sending it; the real one is tested against a recording connector.</summary>
public sealed class FakePanelNotifier : IPanelNotifier
{
    public ConcurrentQueue<(string UserId, PanelNotice Why, PanelDraft Draft)> Sent { get; } = new();

    public IReadOnlyList<string> SentTo(PanelNotice why) => Sent.Where(s => s.Why == why).Select(s => s.UserId).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Runs once, as the next messages are sent: something happening while they go.</summary>
    public Action? WhileSending { get; set; }

    public Task<int> NotifyAsync(PanelDraft draft, IReadOnlyList<PanelMember> panel, IReadOnlyList<PanelMember> to, PanelNotice why, CancellationToken cancellationToken)
    {
        var meanwhile = WhileSending;
        WhileSending = null;
        meanwhile?.Invoke();
        foreach (var member in to)
        {
            Sent.Enqueue((member.UserId, why, draft));
        }

        return Task.FromResult(to.Count);
    }
}
