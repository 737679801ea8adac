using System.Text.Json.Nodes;

namespace ElcBot.Web.Playground;

/// <summary>The roster and team routes TeamsInfo calls, answered with the playground's people as Teams accounts.</summary>
internal static class ConnectorRosterEndpoints
{
    public static RouteGroupBuilder MapConnectorRoster(this RouteGroupBuilder connector)
    {
        connector.MapGet("/v3/conversations/{conversationId}/members", (string conversationId) =>
            PlaygroundCast.MembersOf(conversationId) is { } members
                ? Results.Json(new JsonArray([.. members.Select(Account)]))
                : ConversationNotFound());
        connector.MapGet("/v3/conversations/{conversationId}/pagedmembers", (string conversationId) =>
            PlaygroundCast.MembersOf(conversationId) is { } members
                ? Results.Json(new JsonObject { ["members"] = new JsonArray([.. members.Select(Account)]) })
                : ConversationNotFound());
        connector.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string conversationId, string memberId) =>
            PlaygroundCast.MembersOf(conversationId)?.FirstOrDefault(p => p == PlaygroundCast.FindPerson(memberId)) is { } person
                ? Results.Json(Account(person))
                : ConnectorErrors.NotFound("MemberNotFoundInConversation", "That person is not in this conversation."));
        connector.MapGet("/v3/teams/{teamId}", (string teamId) => teamId == PlaygroundCast.TeamId
            ? Results.Json(new JsonObject
            {
                ["id"] = PlaygroundCast.TeamId,
                ["name"] = PlaygroundCast.TeamName,
                ["aadGroupId"] = PlaygroundCast.TeamAadGroupId,
                ["channelCount"] = 2,
                ["memberCount"] = PlaygroundCast.People.Count,
                ["type"] = "standard",
            })
            : ConnectorErrors.NotFound("TeamNotFound", "The playground has one team."));
        connector.MapGet("/v3/teams/{teamId}/conversations", (string teamId) => teamId == PlaygroundCast.TeamId
            ? Results.Json(new JsonObject
            {
                // Teams leaves the General channel's name out.
                ["conversations"] = new JsonArray(
                [
                    new JsonObject { ["id"] = PlaygroundCast.TeamId },
                    .. PlaygroundCast.Shared.Where(c => c.TeamId == PlaygroundCast.TeamId)
                        .Select(c => new JsonObject { ["id"] = c.Id, ["name"] = c.Name }),
                ]),
            })
            : ConnectorErrors.NotFound("TeamNotFound", "The playground has one team."));
        return connector;
    }

    /// <summary>The fields of a TeamsChannelAccount; guests are marked as Teams marks them.</summary>
    public static JsonObject Account(Persona person)
    {
        var names = person.Name.Split(' ', 2);
        return new JsonObject
        {
            ["id"] = person.Id,
            ["name"] = person.Name,
            ["aadObjectId"] = person.AadObjectId,
            ["givenName"] = names[0],
            ["surname"] = names.Length > 1 ? names[1] : null,
            ["email"] = person.UserRole == "guest" ? null : person.UserPrincipalName,
            ["userPrincipalName"] = person.UserPrincipalName,
            ["tenantId"] = PlaygroundCast.TenantId,
            ["userRole"] = person.UserRole,
        };
    }

    private static IResult ConversationNotFound() => ConnectorErrors.NotFound("ConversationNotFound", "The playground has no such conversation.");
}
