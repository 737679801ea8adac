using System.Net;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Rounds;

namespace ElcBot.Storage.Tables;

/// <summary>Rounds in Table Storage: one row per round, plus one "open" marker row per conversation.</summary>
/// <remarks>The marker is inserted with a conditional insert, so two facilitators starting rounds at once still get one open round.</remarks>
public sealed class TableRoundStore(ElcTables tables) : IRoundStore
{
    private const string RoundRow = "round";
    private const string OpenPartition = "open";

    private TableClient Table => tables.Get(TableNames.Rounds);

    public async Task<bool> TryOpenAsync(Round round, CancellationToken cancellationToken)
    {
        // The round row first: until the marker exists nobody finds it as open, and a failed marker leaves no lock behind.
        await Table.UpsertEntityAsync(ToEntity(round), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        var marker = new TableEntity(OpenPartition, TableKeys.Sanitise(round.ConversationId)) { ["RoundId"] = round.Id };
        try
        {
            await Table.AddEntityAsync(marker, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            await Table.DeleteEntityAsync(TableKeys.Sanitise(round.Id), RoundRow, ETag.All, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }

    public async Task<Round?> GetAsync(string roundId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Sanitise(roundId), RoundRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? FromEntity(entity) : null;
    }

    public async Task<Round?> FindOpenAsync(string conversationId, CancellationToken cancellationToken)
    {
        var marker = await Table.GetEntityIfExistsAsync<TableEntity>(OpenPartition, TableKeys.Sanitise(conversationId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!marker.HasValue || marker.Value is not { } found)
        {
            return null;
        }

        var round = await GetAsync(found.GetString("RoundId"), cancellationToken).ConfigureAwait(false);
        return round is { IsOpen: true } ? round : null;
    }

    public async Task<IReadOnlyList<Round>> ListForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RoundRow} and ConversationId eq {conversationId}");
        var found = await Table.ListAsync(filter, FromEntity, cancellationToken).ConfigureAwait(false);

        return found.OrderByDescending(r => r.CreatedAt).ToArray();
    }

    public async Task<IReadOnlyList<Round>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var open = new List<Round>();
        await foreach (var marker in Table.QueryAsync<TableEntity>(e => e.PartitionKey == OpenPartition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await GetAsync(marker.GetString("RoundId"), cancellationToken).ConfigureAwait(false) is { IsOpen: true } round)
            {
                open.Add(round);
            }
        }

        return open;
    }

    public async Task<IReadOnlyList<Round>> ListForTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RoundRow} and TenantId eq {tenantId}");
        var found = await Table.ListAsync(filter, FromEntity, cancellationToken).ConfigureAwait(false);

        return found.OrderByDescending(r => r.CreatedAt).ToArray();
    }

    public async Task<IReadOnlyList<Round>> ListAllAsync(CancellationToken cancellationToken)
    {
        var found = await Table.ListAsync(TableClient.CreateQueryFilter($"RowKey eq {RoundRow}"), FromEntity, cancellationToken).ConfigureAwait(false);
        return found.OrderByDescending(r => r.CreatedAt).ToArray();
    }

    public async Task CloseAsync(Round round, CancellationToken cancellationToken)
    {
        await Table.UpsertEntityAsync(ToEntity(round with { IsOpen = false }), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await Table.DeleteEntityAsync(OpenPartition, TableKeys.Sanitise(round.ConversationId), ETag.All, cancellationToken).ConfigureAwait(false);
    }

    private static TableEntity ToEntity(Round round) => new(TableKeys.Sanitise(round.Id), RoundRow)
    {
        ["RoundId"] = round.Id,
        ["ConversationId"] = round.ConversationId,
        ["TenantId"] = round.TenantId,
        ["TeamId"] = round.TeamId,
        ["Question"] = round.Question,
        ["Stage"] = round.Stage.ToString(),
        ["EndsOn"] = round.EndsOn?.ToString("yyyy-MM-dd"),
        ["IsOpen"] = round.IsOpen,
        ["CreatedAt"] = round.CreatedAt,
    };

    private static Round FromEntity(TableEntity e) => new(
        e.GetString("RoundId"),
        e.GetString("ConversationId"),
        e.GetString("TenantId"),
        e.GetString("TeamId"),
        e.GetString("Question"),
        Enum.Parse<ElcStage>(e.GetString("Stage")),
        e.GetString("EndsOn") is { } end ? DateOnly.ParseExact(end, "yyyy-MM-dd") : null,
        e.GetBoolean("IsOpen") ?? false,
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue);
}
