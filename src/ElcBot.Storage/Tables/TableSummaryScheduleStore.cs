using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Storage.Tables;

/// <summary>Summary schedules in one partition, so the scheduler finds due ones with a single query.</summary>
/// <remarks>A deployment has tens of rounds, not millions: one partition is simple and cheap to scan.</remarks>
public sealed class TableSummaryScheduleStore(ElcTables tables) : ISummaryScheduleStore
{
    private const string Partition = "schedule";

    private TableClient Table => tables.Get(TableNames.SummarySchedules);

    public Task SaveAsync(SummarySchedule schedule, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(ToEntity(schedule), TableUpdateMode.Replace, cancellationToken);

    public async Task<SummarySchedule?> FindAsync(string roundId, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Sanitise(roundId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } entity ? FromEntity(entity) : null;
    }

    public Task DeleteAsync(string roundId, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync(Partition, TableKeys.Sanitise(roundId), ETag.All, cancellationToken);

    public async Task<IReadOnlyList<SummarySchedule>> ListDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Paused eq false and NextRunUtc le {nowUtc}");
        return await Table.ListAsync(filter, FromEntity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SummarySchedule>> ListAllAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        return await Table.ListAsync(filter, FromEntity, cancellationToken).ConfigureAwait(false);
    }

    private static TableEntity ToEntity(SummarySchedule s) => new(Partition, TableKeys.Sanitise(s.RoundId))
    {
        ["RoundId"] = s.RoundId,
        ["Day"] = (int)s.Day,
        ["Time"] = s.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["TimeZoneId"] = s.TimeZoneId,
        ["NextRunUtc"] = s.NextRunUtc,
        ["Paused"] = s.Paused,
        ["PausedBecause"] = s.Paused ? s.PausedBecause.ToString() : null,
    };

    private static SummarySchedule FromEntity(TableEntity e) => new(
        e.GetString("RoundId"),
        (DayOfWeek)(e.GetInt32("Day") ?? 1),
        TimeOnly.ParseExact(e.GetString("Time"), "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        e.GetString("TimeZoneId"),
        e.GetDateTimeOffset("NextRunUtc") ?? DateTimeOffset.MaxValue,
        e.GetBoolean("Paused") ?? false,
        PauseOf(e));

    private static SchedulePause PauseOf(TableEntity e) =>
        Enum.TryParse<SchedulePause>(e.GetString("PausedBecause"), out var cause) && Enum.IsDefined(cause)
            ? cause
            : LegacyPauseReason.CauseOf(e.GetString("PausedReason"));
}
