using System.Collections.Concurrent;
using ElcBot.Core.Conversations;

namespace ElcBot.Tests.Fakes;

/// <summary>Keeps conversations in a dictionary, for turn tests that do not exercise storage.</summary>
public sealed class FakeConversationDirectory : IConversationDirectory
{
    public ConcurrentDictionary<string, InstalledConversation> Saved { get; } = new();

    public Task SaveAsync(InstalledConversation conversation, CancellationToken cancellationToken)
    {
        Saved[conversation.ConversationId] = conversation;
        return Task.CompletedTask;
    }

    public Task<InstalledConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.TryGetValue(conversationId, out var found) ? found : null);
}
