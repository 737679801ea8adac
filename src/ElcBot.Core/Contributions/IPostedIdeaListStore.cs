namespace ElcBot.Core.Contributions;

/// <summary>The ideas lists the bot posted, by round, so erased words can be taken out of them.</summary>
public interface IPostedIdeaListStore
{
    /// <summary>Keeps the list, or what it shows now when it is kept already (same conversation and message).</summary>
    Task SaveAsync(PostedIdeaList list, CancellationToken cancellationToken);

    /// <summary>Every list posted for the round, in any conversation.</summary>
    Task<IReadOnlyList<PostedIdeaList>> ListAsync(string roundId, CancellationToken cancellationToken);

    /// <summary>Every list posted in this person's personal chat with the bot, in any round.</summary>
    Task<IReadOnlyList<PostedIdeaList>> ListInChatOfAsync(string contributorKey, CancellationToken cancellationToken);

    /// <summary>Stops keeping the list; nothing happens when it is not kept.</summary>
    Task DeleteAsync(PostedIdeaList list, CancellationToken cancellationToken);
}
