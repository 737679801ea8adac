namespace ElcBot.Storage.Tables;

/// <summary>The tables the service uses; each gets the configured prefix.</summary>
public static class TableNames
{
    public const string BotState = "BotState";
    public const string Conversations = "Conversations";
    public const string SummarySchedules = "SummarySchedules";
    public const string SummaryRuns = "SummaryRuns";
    public const string Summaries = "Summaries";
    public const string PendingFiles = "PendingFiles";
    public const string Rounds = "Rounds";
    public const string Contributions = "Contributions";
    public const string Supports = "Supports";
    public const string ContributorItems = "ContributorItems";
    public const string Contacts = "Contacts";
    public const string Updates = "Updates";
    public const string UpdateReceipts = "UpdateReceipts";

    /// <summary>Updates whose messages are still going out, so a restart finishes them.</summary>
    public const string PendingDeliveries = "PendingDeliveries";

    /// <summary>Review panels: members, the shared draft and the change log, one partition per round.</summary>
    public const string Panels = "Panels";

    /// <summary>Ideas lists posted in chats, one partition per round, so erased ideas can be taken out of them.</summary>
    public const string PostedIdeaLists = "PostedIdeaLists";

    /// <summary>Every table created at start-up. Add new tables here.</summary>
    public static readonly IReadOnlyList<string> All = [BotState, Conversations, SummarySchedules, SummaryRuns, Summaries, PendingFiles, Rounds, Contributions, Supports, ContributorItems,
        Contacts, Updates, UpdateReceipts, PendingDeliveries, Panels, PostedIdeaLists];
}
