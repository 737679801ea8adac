namespace ElcBot.Core.Panels;

/// <summary>Settings for review panels (section "Panel").</summary>
public sealed class PanelOptions
{
    public const string SectionName = "Panel";

    /// <summary>How long the panel has before a facilitator may post a draft that most of them have not approved.</summary>
    public int ReviewDays { get; set; } = 3;
}
