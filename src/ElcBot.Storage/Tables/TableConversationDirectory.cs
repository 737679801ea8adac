using Azure.Data.Tables;
using ElcBot.Core.Conversations;

namespace ElcBot.Storage.Tables;

/// <summary>Conversation references in Table Storage, one row per conversation.</summary>
public sealed class TableConversationDirectory(ElcTables tables) : IConversationDirectory
{
    private const string RowKey = "reference";

    private TableClient Table => tables.Get(TableNames.Conversations);

    public async Task SaveAsync(InstalledConversation conversation, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(TableKeys.Sanitise(conversation.ConversationId), RowKey)
        {
            ["ConversationId"] = conversation.ConversationId,
            ["Kind"] = conversation.Kind.ToString(),
            ["TenantId"] = conversation.TenantId,
            ["TeamId"] = conversation.TeamId,
            ["ServiceUrl"] = conversation.ServiceUrl,
            ["ReferenceJson"] = conversation.ReferenceJson,
            ["InstalledAt"] = conversation.InstalledAt,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<InstalledConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Sanitise(conversationId), RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is not { } e)
        {
            return null;
        }

        return new InstalledConversation(
            e.GetString("ConversationId"),
            Enum.Parse<ConversationKind>(e.GetString("Kind")),
            e.GetString("TenantId"),
            e.GetString("TeamId"),
            e.GetString("ServiceUrl"),
            e.GetString("ReferenceJson"),
            e.GetDateTimeOffset("InstalledAt") ?? DateTimeOffset.MinValue);
    }
}
