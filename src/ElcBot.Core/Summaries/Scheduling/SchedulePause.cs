namespace ElcBot.Core.Summaries.Scheduling;

/// <summary>Why a weekly summary stopped posting by itself.</summary>
/// <remarks>Kept as a cause, not as words, so the bot can say it in the words of the day and of the place it is asked in.</remarks>
public enum SchedulePause
{
    /// <summary>Not paused, or paused before the cause was kept.</summary>
    None = 0,

    /// <summary>Teams said the bot is no longer in the team or chat.</summary>
    BotRemoved = 1,

    /// <summary>The bot has no address for the round's channel or chat yet.</summary>
    ConversationUnknown = 2,
}
