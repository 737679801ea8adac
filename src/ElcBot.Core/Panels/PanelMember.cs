using ElcBot.Core.Contributions;

namespace ElcBot.Core.Panels;

/// <summary>Someone a facilitator asked to check a round's summaries before everyone sees them.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="UserId">Their Teams user id, as the mention carried it.</param>
/// <param name="Name">Their name as Teams showed it when they were added.</param>
/// <param name="Role">Their role, as the facilitator recorded it (the same roles contributors choose from).</param>
/// <param name="Address">Where to reach them in a personal chat.</param>
/// <param name="AddedAt">When they joined the panel.</param>
public sealed record PanelMember(string RoundId, string UserId, string Name, ContributorRole Role, PanelAddress Address, DateTimeOffset AddedAt)
{
    /// <summary>People who use services and carers.</summary>
    public bool HasLivedExperience => VoiceGroups.Of(Role) == VoiceGroup.LivedExperience;
}

/// <summary>What the bot needs to start a personal chat with a panel member; opaque to the domain.</summary>
public sealed record PanelAddress(string ChannelId, string ServiceUrl, string BotId, string? TenantId);

/// <summary>Who made a change: a person, or ElcBot itself.</summary>
public sealed record PanelActor(string Id, string Name)
{
    public const string ForgottenName = "Someone who asked to be forgotten";

    public static PanelActor Bot { get; } = new("elcbot", "ElcBot");

    /// <summary>Stands in the change log for someone who asked to be forgotten, in place of both their id and name.</summary>
    public static PanelActor Forgotten { get; } = new(ForgottenName, ForgottenName);
}
