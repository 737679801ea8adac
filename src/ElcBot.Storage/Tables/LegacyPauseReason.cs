using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Storage.Tables;

/// <summary>Reads the cause out of the English sentence that schedules paused before 28 Nov 2026 kept instead of a cause.</summary>
internal static class LegacyPauseReason
{
    /// <param name="sentence">The old `PausedReason` column; null when there was none.</param>
    public static SchedulePause CauseOf(string? sentence) => sentence switch
    {
        null => SchedulePause.None,
        _ when sentence.Contains("no longer in this team", StringComparison.OrdinalIgnoreCase) => SchedulePause.BotRemoved,
        _ when sentence.Contains("can't reach", StringComparison.OrdinalIgnoreCase) => SchedulePause.ConversationUnknown,
        _ => SchedulePause.None,
    };
}
