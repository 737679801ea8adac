using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Contributions;

namespace ElcBot.Storage.Tables;

/// <summary>Posted ideas lists, one partition per round (erasing an idea reads one partition), a row per message.</summary>
public sealed class TablePostedIdeaListStore(ElcTables tables) : IPostedIdeaListStore
{
    private TableClient Table => tables.Get(TableNames.PostedIdeaLists);

    public async Task SaveAsync(PostedIdeaList list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        var row = new TableEntity(TableKeys.Sanitise(list.RoundId), RowKey(list.ConversationId, list.MessageId))
        {
            ["RoundId"] = list.RoundId,
            ["ConversationId"] = list.ConversationId,
            ["MessageId"] = list.MessageId,
            ["ReferenceJson"] = list.ReferenceJson,
            ["Page"] = list.Page,
            ["ShownIdeaIds"] = JsonSerializer.Serialize(list.ShownIdeaIds),
            ["PostedAt"] = list.PostedAt,
            ["ChatOwnerKey"] = list.ChatOwnerKey,
        };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PostedIdeaList>> ListAsync(string roundId, CancellationToken cancellationToken) =>
        await Table.ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Sanitise(roundId)}"), Read, cancellationToken).ConfigureAwait(false);

    /// <remarks>Reads across every round's partition: it runs once, when someone asks to be forgotten.</remarks>
    public async Task<IReadOnlyList<PostedIdeaList>> ListInChatOfAsync(string contributorKey, CancellationToken cancellationToken) =>
        await Table.ListAsync(TableClient.CreateQueryFilter($"ChatOwnerKey eq {contributorKey}"), Read, cancellationToken).ConfigureAwait(false);

    public async Task DeleteAsync(PostedIdeaList list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        // Deleting a row that is gone answers 404, which the SDK treats as done.
        await Table.DeleteEntityAsync(TableKeys.Sanitise(list.RoundId), RowKey(list.ConversationId, list.MessageId), ETag.All, cancellationToken).ConfigureAwait(false);
    }

    /// <remarks>Teams message ids are unique only within a conversation, and one round's lists go to many chats.</remarks>
    private static string RowKey(string conversationId, string messageId) => TableKeys.Sanitise($"{conversationId}|{messageId}");

    private static PostedIdeaList Read(TableEntity row) => new(
        row.GetString("RoundId"),
        row.GetString("ConversationId"),
        row.GetString("MessageId"),
        row.GetString("ReferenceJson"),
        row.GetInt32("Page") ?? 0,
        JsonSerializer.Deserialize<string[]>(row.GetString("ShownIdeaIds") ?? "[]") ?? [],
        row.GetDateTimeOffset("PostedAt") ?? row.Timestamp ?? DateTimeOffset.MinValue,
        row.GetString("ChatOwnerKey"));
}
