using System.Globalization;
using Azure.Data.Tables;
using ElcBot.Core.Panels;

namespace ElcBot.Storage.Tables;

/// <summary>
/// The rows of a round's panel in the Panels table: members ("m_"), the shared draft ("draft") and the change log
/// ("c_", newest first). One partition per round, so a change and its log line are written in one transaction.
/// </summary>
public static class PanelRows
{
    public const string DraftRow = "draft";
    public const string MemberPrefix = "m_";
    public const string ChangePrefix = "c_";

    public static string Partition(string roundId) => TableKeys.Sanitise(roundId);

    public static string MemberRow(string userId) => MemberPrefix + TableKeys.Sanitise(userId);

    /// <summary>Rows between "{prefix}" and the next character after '_', which is '`'.</summary>
    public static string Range(string roundId, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {Partition(roundId)} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "`"}");

    public static TableEntity Change(PanelChange change)
    {
        // Inverted ticks sort newest first; the random tail keeps two changes in the same tick apart.
        var ticks = (DateTimeOffset.MaxValue.UtcTicks - change.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        return new TableEntity(Partition(change.RoundId), $"{ChangePrefix}{ticks}_{Guid.NewGuid():N}")
        {
            ["RoundId"] = change.RoundId,
            ["At"] = change.At,
            ["ActorId"] = change.Actor.Id,
            ["ActorName"] = change.Actor.Name,
            ["Kind"] = change.Note.Kind.ToString(),
            ["Subject"] = change.Note.Subject,
            ["Value"] = change.Note.Value,
            ["Count"] = change.Note.Count,
            ["Of"] = change.Note.Of,
            ["SubjectId"] = change.Note.SubjectId,
            ["DraftId"] = change.DraftId,
            ["ApprovalsReset"] = change.Note.ApprovalsReset,
        };
    }

    /// <summary>A log row; one whose kind this version does not know is skipped (null) rather than failing the list.</summary>
    public static PanelChange? ChangeFrom(TableEntity e) =>
        Enum.TryParse<PanelChangeKind>(e.GetString("Kind"), out var kind)
            ? new PanelChange(
                e.GetString("RoundId"),
                e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                new PanelActor(e.GetString("ActorId") ?? string.Empty, e.GetString("ActorName") ?? string.Empty),
                new ChangeNote(kind, e.GetString("Subject"), e.GetString("Value"), e.GetInt32("Count") ?? 0, e.GetInt32("Of") ?? 0, e.GetString("SubjectId"), e.GetInt32("ApprovalsReset") ?? 0),
                e.GetString("DraftId"))
            : null;

    /// <summary>Only the columns that name who made a change and whom it was about, where <paramref name="after"/> differs; null when it does not.</summary>
    /// <remarks>Merged into the row as they are: two people forgotten at once touch different columns, so neither undoes the other.</remarks>
    public static TableEntity? NamesChanged(TableEntity row, PanelChange before, PanelChange after)
    {
        var actor = before.Actor != after.Actor;
        var subject = before.Note.Subject != after.Note.Subject || before.Note.SubjectId != after.Note.SubjectId;
        if (!actor && !subject)
        {
            return null;
        }

        var patch = new TableEntity(row.PartitionKey, row.RowKey);
        if (actor)
        {
            patch["ActorId"] = after.Actor.Id;
            patch["ActorName"] = after.Actor.Name;
        }

        if (subject)
        {
            patch["Subject"] = after.Note.Subject;
            patch["SubjectId"] = after.Note.SubjectId;
        }

        return patch;
    }

    public static TableEntity Member(PanelMember m) => new(Partition(m.RoundId), MemberRow(m.UserId))
    {
        ["RoundId"] = m.RoundId,
        ["UserId"] = m.UserId,
        ["Name"] = m.Name,
        ["Role"] = m.Role.ToString(),
        ["ChannelId"] = m.Address.ChannelId,
        ["ServiceUrl"] = m.Address.ServiceUrl,
        ["BotId"] = m.Address.BotId,
        ["TenantId"] = m.Address.TenantId,
        ["AddedAt"] = m.AddedAt,
    };

    public static PanelMember MemberFrom(TableEntity e) => new(
        e.GetString("RoundId"),
        e.GetString("UserId"),
        e.GetString("Name"),
        Enum.TryParse<ElcBot.Core.Contributions.ContributorRole>(e.GetString("Role"), out var role) ? role : ElcBot.Core.Contributions.ContributorRole.OtherOrPreferNotToSay,
        new PanelAddress(e.GetString("ChannelId"), e.GetString("ServiceUrl"), e.GetString("BotId"), e.GetString("TenantId")),
        e.GetDateTimeOffset("AddedAt") ?? DateTimeOffset.MinValue);
}
