namespace ElcBot.Core.Summaries;

/// <summary>Finds the rounds a facilitator can summarise.</summary>
public interface ISummaryRounds
{
    /// <summary>The conversation's open round, or else its most recent one; null when it never had a round.</summary>
    Task<SummaryRound?> FindForConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Open rounds in the tenant, newest first, for choosing one from personal chat.</summary>
    Task<IReadOnlyList<SummaryRound>> ListOpenAsync(string tenantId, CancellationToken cancellationToken);
}
