using System.Text.Json.Nodes;

namespace ElcBot.Web.Playground;

/// <summary>
/// The Bot Connector's activity routes, as the bot's unmodified connector client calls them at its serviceUrl:
/// send, reply, update, delete, and create a conversation (a personal chat or a new channel post).
/// </summary>
internal static class ConnectorActivityEndpoints
{
    public static RouteGroupBuilder MapConnectorActivities(this RouteGroupBuilder connector)
    {
        connector.MapPost("/v3/conversations", CreateConversation);
        connector.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject activity, TranscriptStore transcripts, PlaygroundBot bot) =>
            Send(transcripts, conversationId, FromBot(activity, bot), replyToId: null));
        connector.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, string replyToId, JsonObject activity, TranscriptStore transcripts, PlaygroundBot bot) =>
            Send(transcripts, conversationId, FromBot(activity, bot), replyToId));
        connector.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity, TranscriptStore transcripts) =>
            transcripts.Replace(conversationId, activityId, activity)
                ? Results.Json(new JsonObject { ["id"] = activityId })
                : ConnectorErrors.NotFound("ActivityNotFound", "There is no message with that id in this conversation."));
        connector.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, TranscriptStore transcripts) =>
            transcripts.Delete(conversationId, activityId)
                ? Results.Ok()
                : ConnectorErrors.NotFound("ActivityNotFound", "There is no message with that id in this conversation."));
        return connector;
    }

    private static IResult Send(TranscriptStore transcripts, string conversationId, JsonObject activity, string? replyToId)
    {
        if (PlaygroundCast.MembersOf(conversationId) is null)
        {
            return ConnectorErrors.NotFound("ConversationNotFound", "The playground has no such conversation.");
        }

        // Typing indicators are shown for a moment and never kept, as in Teams.
        if ((string?)activity["type"] == "typing")
        {
            transcripts.Announce(conversationId, activity);
            return Results.Json(new JsonObject { ["id"] = string.Empty });
        }

        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        var stored = transcripts.Add(conversationId, activity);
        return Results.Json(new JsonObject { ["id"] = stored["id"]?.DeepClone() });
    }

    /// <summary>
    /// The Bot Connector posts as the bot whatever the activity says, so a bot that leaves <c>from</c> empty (as in a
    /// conversation it has just created without naming itself) still shows as the bot.
    /// </summary>
    private static JsonObject FromBot(JsonObject activity, PlaygroundBot bot)
    {
        if (string.IsNullOrEmpty((string?)activity["from"]?["id"]))
        {
            activity["from"] = new JsonObject { ["id"] = bot.Id, ["name"] = PlaygroundCast.BotName };
        }

        return activity;
    }

    /// <summary>Teams returns the person's existing personal chat, or for a channel a new post (thread) in it.</summary>
    private static IResult CreateConversation(JsonObject parameters, TranscriptStore transcripts, HttpRequest request, PlaygroundBot bot)
    {
        var serviceUrl = PlaygroundPaths.ServiceUrl(request);
        var channelId = (string?)parameters["channelData"]?["channel"]?["id"];
        var members = parameters["members"]?.AsArray() ?? [];
        string conversationId;
        if (channelId is not null && PlaygroundCast.MembersOf(channelId) is not null)
        {
            conversationId = channelId;
        }
        else if (members.Count == 1 && PlaygroundCast.FindPerson((string?)members[0]?["id"] ?? string.Empty) is { } person)
        {
            conversationId = person.PersonalConversationId;
        }
        else
        {
            return ConnectorErrors.BadRequest("BadArgument", "The playground can start a chat with one of its people, or a post in one of its channels.");
        }

        var result = new JsonObject { ["id"] = conversationId, ["serviceUrl"] = serviceUrl };
        if (parameters["activity"] is JsonObject first)
        {
            var stored = transcripts.Add(conversationId, FromBot(first, bot));
            result["activityId"] = stored["id"]?.DeepClone();
            if (channelId is not null)
            {
                result["id"] = $"{conversationId};messageid={stored["id"]}";
            }
        }

        return Results.Json(result, statusCode: StatusCodes.Status201Created);
    }
}
