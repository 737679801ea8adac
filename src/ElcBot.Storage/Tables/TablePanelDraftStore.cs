using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Panels;

namespace ElcBot.Storage.Tables;

/// <summary>
/// The one shared draft of each round, in a single row guarded by its ETag. A save names the version it was read at
/// and is refused if anyone wrote since; its change-log line goes in the same transaction, so a change is never
/// kept without its log line, nor logged without being kept.
/// </summary>
public sealed class TablePanelDraftStore(ElcTables tables) : IPanelDraftStore
{
    private TableClient Table => tables.Get(TableNames.Panels);

    public async Task<VersionedDraft?> FindAsync(string roundId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(PanelRows.Partition(roundId), PanelRows.DraftRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? Read(entity) : null;
    }

    /// <remarks>
    /// The query crosses every round's partition, so the service scans the Panels table. A deployment has tens of
    /// rounds, so once a minute that is cheap, and it needs no second record to keep in step with each draft.
    /// </remarks>
    public async Task<IReadOnlyList<VersionedDraft>> ListDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"RowKey eq {PanelRows.DraftRow} and State eq {nameof(DraftState.InReview)} and (RemindAt le {nowUtc} or DeliverBy le {nowUtc})");
        return await Table.ListAsync(filter, Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> TrySaveAsync(PanelDraft draft, string? version, PanelChange? change, CancellationToken cancellationToken)
    {
        var row = new TableEntity(PanelRows.Partition(draft.RoundId), PanelRows.DraftRow)
        {
            // Kept readable beside the compressed copy, for anyone looking at the table.
            ["DraftId"] = draft.DraftId,
            ["State"] = draft.State.ToString(),
            ["Deadline"] = draft.Deadline,
        };
        if (draft.RemindAt is { } remindAt)
        {
            // Only while a reminder is due, so the scheduler's query finds just those drafts.
            row["RemindAt"] = remindAt;
        }

        if (draft.DeliverBy is { } deliverBy)
        {
            // Likewise only until every member was sent it.
            row["DeliverBy"] = deliverBy;
        }

        CompressedText.Write(row, JsonSerializer.Serialize(draft));
        var actions = new List<TableTransactionAction>
        {
            version is null
                ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, new ETag(version)),
        };
        if (change is not null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, PanelRows.Change(change)));
        }

        try
        {
            var response = await Table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return response.Value[0].Headers.ETag?.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return null;
        }
    }

    private static VersionedDraft Read(TableEntity entity)
    {
        var draft = JsonSerializer.Deserialize<PanelDraft>(CompressedText.Read(entity)) ?? throw new InvalidDataException("A stored draft could not be read.");
        return new VersionedDraft(draft, entity.ETag.ToString());
    }
}
