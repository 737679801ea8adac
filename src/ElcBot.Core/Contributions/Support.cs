namespace ElcBot.Core.Contributions;

/// <summary>One person saying an idea matters to them too. At most one per person per idea.</summary>
/// <param name="RoundId">The idea's round.</param>
/// <param name="IdeaId">The idea.</param>
/// <param name="SupporterKey">The supporter's pseudonymous key.</param>
/// <param name="Group">The supporter's voice group, from their own contributions in the round (Other when none).</param>
/// <param name="MayContact">True when the supporter asked to be told what happens to the idea.</param>
/// <param name="Active">False for support since taken back, whose row is kept so a repeated press is known.</param>
public sealed record Support(string RoundId, string IdeaId, string SupporterKey, VoiceGroup Group, bool MayContact = false, bool Active = true);

/// <summary>Keeps supports so that many people pressing at once still gives the exact count.</summary>
public interface ISupportStore
{
    /// <summary>Turns the person's support on when off and off when on.</summary>
    /// <param name="pressId">Identifies the press; a repeated delivery of the same press changes nothing.</param>
    /// <returns>Whether the person supports the idea now.</returns>
    Task<bool> ToggleAsync(Support support, string pressId, CancellationToken cancellationToken);

    Task<int> CountAsync(string roundId, string ideaId, CancellationToken cancellationToken);

    /// <summary>Every current support in a round, for summaries.</summary>
    Task<IReadOnlyList<Support>> ListForRoundAsync(string roundId, CancellationToken cancellationToken);

    /// <summary>Every support one person has given (current or withdrawn rows alike, for erasure; <see cref="Support.Active"/> tells them apart).</summary>
    Task<IReadOnlyList<Support>> ListBySupporterAsync(string supporterKey, CancellationToken cancellationToken);

    /// <summary>Deletes one person's support row and its index entry.</summary>
    Task DeleteAsync(Support support, CancellationToken cancellationToken);

    /// <summary>Records whether the supporter may be told what happens to the idea. Pressing support again starts with no permission.</summary>
    /// <returns>False, changing nothing, when permission is being given and the person does not support the idea now.</returns>
    Task<bool> SetContactAsync(string roundId, string ideaId, string supporterKey, bool mayContact, CancellationToken cancellationToken);

    /// <summary>Deletes every support of an idea (when the idea itself is erased); returns how many rows went.</summary>
    Task<int> DeleteForIdeaAsync(string roundId, string ideaId, CancellationToken cancellationToken);
}
