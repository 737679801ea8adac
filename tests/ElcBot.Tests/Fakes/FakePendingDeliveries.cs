using System.Collections.Concurrent;
using ElcBot.Core.Updates;

namespace ElcBot.Tests.Fakes;

/// <summary>Pending deliveries in a dictionary, with the real store's "one remover" rule; the Table Storage one is tested against Azurite.</summary>
public sealed class FakePendingDeliveries : IPendingDeliveries
{
    public ConcurrentDictionary<(string RoundId, string UpdateId), PendingDelivery> Rows { get; } = new();

    public Task AddAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        Rows[(delivery.RoundId, delivery.UpdateId)] = delivery;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PendingDelivery>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PendingDelivery>>(Rows.Values.ToArray());

    public Task<bool> RemoveAsync(string roundId, string updateId, CancellationToken cancellationToken) =>
        Task.FromResult(Rows.TryRemove((roundId, updateId), out _));
}

/// <summary>Records each "how it went" note instead of posting it.</summary>
public sealed class FakeDeliveryReporter : IDeliveryReporter
{
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<(string ReportTo, ProgressUpdate Update, DeliveryReport Report)> Reports { get; } = new();

    /// <summary>Completes when the first note arrives.</summary>
    public Task FirstReport => _first.Task;

    public Task ReportAsync(string reportTo, ProgressUpdate update, DeliveryReport report, CancellationToken cancellationToken)
    {
        Reports.Enqueue((reportTo, update, report));
        _first.TrySetResult();
        return Task.CompletedTask;
    }
}
