namespace ElcBot.Core.Rounds;

/// <summary>A question put to a team or group chat, open for stories and ideas until a facilitator closes it.</summary>
/// <param name="Id">The round's id.</param>
/// <param name="ConversationId">The channel or group chat the round was started in.</param>
/// <param name="TenantId">The tenant that conversation belongs to (not necessarily a contributor's home tenant).</param>
/// <param name="TeamId">The team, for rounds started in a channel; null in a group chat.</param>
/// <param name="Question">What the round asks.</param>
/// <param name="Stage">The ELC stage.</param>
/// <param name="EndsOn">The optional last day for contributions.</param>
/// <param name="IsOpen">False once closed; contributions are kept either way.</param>
/// <param name="CreatedAt">When the round was started.</param>
public sealed record Round(
    string Id,
    string ConversationId,
    string? TenantId,
    string? TeamId,
    string Question,
    ElcStage Stage,
    DateOnly? EndsOn,
    bool IsOpen,
    DateTimeOffset CreatedAt)
{
    /// <summary>True when an action coming from <paramref name="scope"/> may touch this round.</summary>
    /// <remarks>Same tenant, and the same team (channel rounds) or the same conversation (group chat rounds).</remarks>
    public bool Allows(RoundScope scope) =>
        string.Equals(TenantId, scope.TenantId, StringComparison.Ordinal)
        && (TeamId is not null
            ? string.Equals(TeamId, scope.TeamId, StringComparison.Ordinal)
            : string.Equals(ConversationId, scope.ConversationId, StringComparison.Ordinal));
}

/// <summary>Where an action came from: the conversation's tenant, its team (if any) and the conversation.</summary>
public sealed record RoundScope(string? TenantId, string? TeamId, string ConversationId)
{
    /// <summary>The scope of the round itself, for a person whose membership of the round's team was checked.</summary>
    public static RoundScope Of(Round round) => new(round.TenantId, round.TeamId, round.ConversationId);
}
