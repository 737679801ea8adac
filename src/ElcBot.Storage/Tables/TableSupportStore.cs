using System.Net;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Contributions;

namespace ElcBot.Storage.Tables;

/// <summary>Supports in Table Storage: a partition per idea, one row per supporter, counted by query.</summary>
/// <remarks>
/// One row per person makes many people pressing at once safe without a shared counter. A withdrawn support keeps
/// its row (inactive) with the id of the press that changed it, so a repeated delivery of that press changes nothing;
/// each change is guarded by the row's ETag and retried when someone else's press got there first.
/// </remarks>
public sealed class TableSupportStore(ElcTables tables, ContributorIndex index) : ISupportStore
{
    private const int MaxAttempts = 8;

    private TableClient Table => tables.Get(TableNames.Supports);

    public async Task<bool> ToggleAsync(Support support, string pressId, CancellationToken cancellationToken)
    {
        var partition = Partition(support.RoundId, support.IdeaId);
        var row = TableKeys.Sanitise(support.SupporterKey);
        await index.AddAsync(support.SupporterKey, ContributorIndex.SupportPrefix, support.RoundId, support.IdeaId, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var existing = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (!existing.HasValue || existing.Value is not { } entity)
                {
                    await Table.AddEntityAsync(ToEntity(support, active: true, pressId), cancellationToken).ConfigureAwait(false);
                    return true;
                }

                var active = entity.GetBoolean("Active") ?? false;
                if (entity.GetString("PressId") == pressId)
                {
                    return active;
                }

                await Table.UpdateEntityAsync(ToEntity(support, !active, pressId), entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return !active;
            }
            catch (RequestFailedException ex) when (attempt < MaxAttempts && ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
            {
                // Someone (the same person on another device) changed the row since we read it: read again.
            }
        }
    }

    public async Task<int> CountAsync(string roundId, string ideaId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(roundId, ideaId)} and Active eq {true}");
        var count = 0;
        await foreach (var _ in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    public async Task<IReadOnlyList<Support>> ListForRoundAsync(string roundId, CancellationToken cancellationToken)
    {
        // Partitions are "round|idea": a range over the round's prefix reads just this round.
        var from = TableKeys.Sanitise(roundId) + "|";
        var to = TableKeys.Sanitise(roundId) + "}";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to} and Active eq {true}");
        return await Table.ListAsync(filter, FromEntity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Support>> ListBySupporterAsync(string supporterKey, CancellationToken cancellationToken)
    {
        var found = new List<Support>();
        foreach (var (roundId, ideaId) in await index.ListAsync(supporterKey, ContributorIndex.SupportPrefix, cancellationToken).ConfigureAwait(false))
        {
            var response = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(roundId, ideaId), TableKeys.Sanitise(supporterKey), cancellationToken: cancellationToken).ConfigureAwait(false);
            // Index rows whose support is gone (the idea was erased) still count as theirs, so erasure removes them too.
            found.Add(response.HasValue && response.Value is { } entity ? FromEntity(entity) : new Support(roundId, ideaId, supporterKey, VoiceGroup.Other, Active: false));
        }

        return found;
    }

    public async Task DeleteAsync(Support support, CancellationToken cancellationToken)
    {
        await Table.DeleteEntityAsync(Partition(support.RoundId, support.IdeaId), TableKeys.Sanitise(support.SupporterKey), ETag.All, cancellationToken).ConfigureAwait(false);
        await index.RemoveAsync(support.SupporterKey, ContributorIndex.SupportPrefix, support.RoundId, support.IdeaId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> SetContactAsync(string roundId, string ideaId, string supporterKey, bool mayContact, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(roundId, ideaId), TableKeys.Sanitise(supporterKey), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!existing.HasValue || existing.Value is not { } entity || (mayContact && entity.GetBoolean("Active") != true))
            {
                return false;
            }

            try
            {
                // Guarded by the ETag: a press that took the support back meanwhile must not be given permission.
                await Table.UpdateEntityAsync(new TableEntity(entity.PartitionKey, entity.RowKey) { ["MayContact"] = mayContact }, entity.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException ex) when (attempt < MaxAttempts && ex.Status == (int)HttpStatusCode.PreconditionFailed)
            {
            }
        }
    }

    public async Task<int> DeleteForIdeaAsync(string roundId, string ideaId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(roundId, ideaId)}");
        var rows = await Table.ListAsync(filter, FromEntity, cancellationToken).ConfigureAwait(false);

        foreach (var support in rows)
        {
            await DeleteAsync(support, cancellationToken).ConfigureAwait(false);
        }

        return rows.Count;
    }

    private static string Partition(string roundId, string ideaId) => TableKeys.Sanitise($"{roundId}|{ideaId}");

    private static TableEntity ToEntity(Support support, bool active, string pressId) =>
        new(Partition(support.RoundId, support.IdeaId), TableKeys.Sanitise(support.SupporterKey))
        {
            ["RoundId"] = support.RoundId,
            ["IdeaId"] = support.IdeaId,
            ["SupporterKey"] = support.SupporterKey,
            ["Group"] = support.Group.ToString(),
            ["Active"] = active,
            ["PressId"] = pressId,
            ["MayContact"] = support.MayContact,
        };

    private static Support FromEntity(TableEntity e) => new(
        e.GetString("RoundId"),
        e.GetString("IdeaId"),
        e.GetString("SupporterKey"),
        Enum.TryParse<VoiceGroup>(e.GetString("Group"), out var group) ? group : VoiceGroup.Other,
        e.GetBoolean("MayContact") ?? false,
        e.GetBoolean("Active") ?? false);
}
