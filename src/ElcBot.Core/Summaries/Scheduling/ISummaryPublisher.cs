namespace ElcBot.Core.Summaries.Scheduling;

/// <summary>Builds a round's summary and posts it into the round's conversation (or first to its review panel).</summary>
public interface ISummaryPublisher
{
    Task<PublishOutcome> PublishAsync(string roundId, CancellationToken cancellationToken);
}

/// <summary>What happened when a summary was posted.</summary>
public enum PublishOutcome
{
    Posted,

    /// <summary>Teams refused: the bot is no longer in the team or chat.</summary>
    BotRemoved,

    /// <summary>The round is no longer known.</summary>
    RoundMissing,

    /// <summary>The round is there, but the bot has no address for its conversation, so nothing could be posted.</summary>
    ConversationUnknown,

    /// <summary>The round has a review panel: a draft went to it first, and is posted once they approve.</summary>
    SentToPanel,

    /// <summary>
    /// A draft went to the review panel, but the bot has no address for the round's conversation yet: the note that it
    /// went could not be posted there, and nor can the summary once they approve, until someone speaks to the bot there.
    /// </summary>
    SentToPanelChannelUnknown,

    /// <summary>An earlier draft is still with the review panel, so no new one was made.</summary>
    PanelBusy,
}
