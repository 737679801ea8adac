using ElcBot.Core.Contributions;

namespace ElcBot.Tests.Fakes;

/// <summary>Posted ideas lists in a list, keyed as the real store keys them; the Table Storage one is covered against Azurite.</summary>
public sealed class FakePostedIdeaListStore : IPostedIdeaListStore
{
    private readonly object _gate = new();

    public List<PostedIdeaList> Saved { get; } = [];

    /// <summary>When set, every save throws it, as a storage outage would.</summary>
    public Exception? Failure { get; set; }

    public Task SaveAsync(PostedIdeaList list, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        lock (_gate)
        {
            Saved.RemoveAll(l => l.ConversationId == list.ConversationId && l.MessageId == list.MessageId && l.RoundId == list.RoundId);
            Saved.Add(list);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PostedIdeaList>> ListInChatOfAsync(string contributorKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<PostedIdeaList>>(Saved.Where(l => l.ChatOwnerKey == contributorKey).ToArray());
        }
    }

    public Task DeleteAsync(PostedIdeaList list, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Saved.RemoveAll(l => l.ConversationId == list.ConversationId && l.MessageId == list.MessageId && l.RoundId == list.RoundId);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PostedIdeaList>> ListAsync(string roundId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<PostedIdeaList>>(Saved.Where(l => l.RoundId == roundId).ToArray());
        }
    }
}
