namespace ElcBot.Core.Contributions;

/// <summary>How a contributor allows their words to be used.</summary>
public enum ConsentLevel
{
    /// <summary>My words may be quoted in summaries.</summary>
    MayQuote,

    /// <summary>Use my words only inside themes, never quoted.</summary>
    ThemesOnly,

    /// <summary>For the facilitators only.</summary>
    FacilitatorsOnly,
}
