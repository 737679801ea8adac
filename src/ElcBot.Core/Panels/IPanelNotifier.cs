namespace ElcBot.Core.Panels;

/// <summary>Sends panel members the draft as it now stands, in their personal chats, saying why it came.</summary>
public interface IPanelNotifier
{
    /// <param name="draft">The draft as it now stands.</param>
    /// <param name="panel">The whole panel, for the draft's count of approvals.</param>
    /// <param name="to">The members to send it to.</param>
    /// <param name="why">Why they are getting it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many were reached; someone who cannot be reached is logged, never thrown for.</returns>
    Task<int> NotifyAsync(PanelDraft draft, IReadOnlyList<PanelMember> panel, IReadOnlyList<PanelMember> to, PanelNotice why, CancellationToken cancellationToken);
}

/// <summary>Why a panel member is sent the draft again.</summary>
public enum PanelNotice
{
    /// <summary>Someone changed the draft after they approved it, so their approval no longer counts.</summary>
    ApprovalSetAside,

    /// <summary>The deadline is near and they have not approved this version.</summary>
    Reminder,

    /// <summary>The draft itself, as first sent (again, when the instance that made it stopped before sending it).</summary>
    Draft,
}
