namespace ElcBot.Web.Playground;

/// <summary>A made-up person you can be in the playground, with the Teams account fields the roster returns.</summary>
public sealed record Persona(
    string Key,
    string Name,
    string Role,
    string Description,
    string Id,
    string AadObjectId,
    string UserPrincipalName,
    string UserRole)
{
    /// <summary>Teams gives every person their own one-to-one conversation with a bot; this is its id.</summary>
    public string PersonalConversationId => $"a:1playground-personal-{Key}";
}

/// <summary>A shared conversation the playground offers: a team channel or a group chat.</summary>
public sealed record SharedConversation(string Key, string Id, string ConversationType, string Name, string? TeamId);

/// <summary>The people, team and chats of the playground: one imaginary health and care organisation.</summary>
public static class PlaygroundCast
{
    public const string TenantId = "5d2f8c1e-7a44-4b1f-9a0e-3c6b2e9f4a10";
    public const string BotName = "ElcBot";
    public const string TeamId = "19:playground-team-general@thread.tacv2";
    public const string TeamName = "Better Care Together";
    public const string TeamAadGroupId = "0c6f1b2a-3d4e-4f50-8a61-7b8c9d0e1f23";

    public static IReadOnlyList<Persona> People { get; } =
    [
        new("jo", "Jo Evans", "Uses services", "Uses community health services", "29:1playground-jo-evans",
            "a1f3c2d4-0001-4e5f-8a9b-0c1d2e3f4a01", "jo.evans@northshire.example", "user"),
        new("priya", "Priya Shah", "Carer", "Cares for her dad", "29:1playground-priya-shah",
            "a1f3c2d4-0002-4e5f-8a9b-0c1d2e3f4a02", "priya.shah@northshire.example", "user"),
        new("tom", "Tom Hughes", "Staff", "Community nurse", "29:1playground-tom-hughes",
            "a1f3c2d4-0003-4e5f-8a9b-0c1d2e3f4a03", "tom.hughes@northshire.example", "user"),
        new("grace", "Grace Mensah", "Facilitator", "Runs the rounds for the commissioning team", "29:1playground-grace-mensah",
            "a1f3c2d4-0004-4e5f-8a9b-0c1d2e3f4a04", "grace.mensah@northshire.example", "user"),
        new("sam", "Sam Taylor", "Guest", "From Riverside Carers Network, another organisation", "29:1playground-sam-taylor",
            "a1f3c2d4-0005-4e5f-8a9b-0c1d2e3f4a05", "sam.taylor_riverside.example#EXT#@northshire.example", "guest"),
    ];

    public static IReadOnlyList<SharedConversation> Shared { get; } =
    [
        new("channel", "19:playground-ideas-channel@thread.tacv2", "channel", "Stories and ideas", TeamId),
        new("group", "19:playground-carers-chat@thread.v2", "groupChat", "Carers' catch-up", null),
    ];

    /// <summary>Finds a person by their Teams id (29:...) or their Entra object id.</summary>
    public static Persona? FindPerson(string id) =>
        People.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal) || string.Equals(p.AadObjectId, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Everyone is in every shared conversation; a personal chat holds only its person.</summary>
    public static IReadOnlyList<Persona>? MembersOf(string conversationId)
    {
        var id = TranscriptKey.Of(conversationId);
        if (id == TeamId || Shared.Any(c => c.Id == id))
        {
            return People;
        }

        var person = People.FirstOrDefault(p => p.PersonalConversationId == id);
        return person is null ? null : [person];
    }
}
