namespace ElcBot.Core.Panels;

/// <summary>How a line of a panel's change log reads once someone on it asked to be forgotten.</summary>
/// <remarks>The line stays, as the panel's record of what changed and when; only the person's id and name go.</remarks>
public static class PanelLogForgetting
{
    /// <param name="change">A line of the log.</param>
    /// <param name="isThem">True for an id that is the person's.</param>
    /// <param name="names">
    /// Names the person had on this panel, for lines about them written before lines kept the person's id. Someone else
    /// with the same name on such an old line is forgotten there too: the log then errs towards forgetting.
    /// </param>
    /// <returns>The line as it should now read; null when it says nothing of them.</returns>
    public static PanelChange? Rewrite(PanelChange change, Func<string, bool> isThem, IReadOnlySet<string> names)
    {
        var note = change.Note;
        var byThem = isThem(change.Actor.Id);
        var aboutThem = note.Kind is PanelChangeKind.MemberAdded or PanelChangeKind.MemberRemoved
            && (note.SubjectId is { } id ? isThem(id) : note.Subject is { } name && names.Contains(name));
        if (!byThem && !aboutThem)
        {
            return null;
        }

        return change with
        {
            Actor = byThem ? PanelActor.Forgotten : change.Actor,
            Note = aboutThem ? note with { Subject = PanelActor.ForgottenName, SubjectId = PanelActor.ForgottenName } : note,
        };
    }
}
