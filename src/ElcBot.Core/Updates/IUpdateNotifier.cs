namespace ElcBot.Core.Updates;

/// <summary>Sends one person a direct message about an update, at the address they left when they asked to hear.</summary>
public interface IUpdateNotifier
{
    /// <remarks>Never throws for a person who cannot be reached (it says so instead); only cancellation escapes.</remarks>
    Task<NotifyOutcome> NotifyAsync(string address, UpdateNotice notice, CancellationToken cancellationToken);
}

/// <summary>What a person is told: the round's question, what the update is about and what is happening.</summary>
/// <param name="RoundQuestion">The question the round asked.</param>
/// <param name="Update">The update.</param>
/// <param name="SubjectText">The theme's name, or the idea's words; null when they must not be shown.</param>
public sealed record UpdateNotice(string RoundQuestion, ProgressUpdate Update, string? SubjectText);

/// <summary>Whether the message reached the person.</summary>
public enum NotifyOutcome
{
    Sent,

    /// <summary>Teams refused: the person removed the bot, or the bot is in no chat with them.</summary>
    Unreachable,

    /// <summary>The address could not be read.</summary>
    AddressUnusable,

    /// <summary>Teams or the network failed; nothing was sent.</summary>
    Failed,
}
