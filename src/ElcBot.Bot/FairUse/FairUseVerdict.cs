namespace ElcBot.Bot.FairUse;

/// <summary>What happens to one message or button press from someone sending very fast.</summary>
public enum FairUseVerdict
{
    /// <summary>Taken as usual.</summary>
    Allowed,

    /// <summary>Not taken; they have not been asked to slow down lately, so ask them.</summary>
    SlowDown,

    /// <summary>Not taken; they were asked to slow down moments ago, and asking again would only add to the flood.</summary>
    AlreadyAsked,
}
