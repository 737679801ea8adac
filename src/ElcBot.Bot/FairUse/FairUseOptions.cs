namespace ElcBot.Bot.FairUse;

/// <summary>How fast one person may send before the bot asks them to slow down.</summary>
public sealed class FairUseOptions
{
    public const string SectionName = "Bot:FairUse";

    /// <summary>Messages and button presses one person may send in a burst.</summary>
    public int Burst { get; set; } = 20;

    /// <summary>How many more they may send each second after a burst.</summary>
    public double PerSecond { get; set; } = 3;
}
