namespace ElcBot.Core.Panels;

/// <summary>Settings for review panels (section "Panel").</summary>
public sealed class PanelOptions
{
    public const string SectionName = "Panel";

    /// <summary>How long the panel has before a facilitator may post a draft that most of them have not approved.</summary>
    public int ReviewDays { get; set; } = 3;

    /// <summary>How long before the deadline members who have not approved the current version are reminded, once; 0 for no reminder.</summary>
    public int ReminderHoursBeforeDeadline { get; set; } = 24;
}
