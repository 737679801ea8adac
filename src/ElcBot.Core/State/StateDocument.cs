namespace ElcBot.Core.State;

/// <summary>One serialised piece of conversation or user state with the version it was read at.</summary>
/// <param name="Key">The state key chosen by the bot framework.</param>
/// <param name="Json">The serialised state.</param>
/// <param name="ETag">The version read; null or "*" writes unconditionally.</param>
public sealed record StateDocument(string Key, string Json, string? ETag);
