using System.Net;
using Microsoft.Bot.Schema;

namespace ElcBot.Bot.Proactive;

/// <summary>What Teams' answer to a failed send means, read the same way by every sender.</summary>
public static class TeamsAnswer
{
    /// <summary>The HTTP status Teams answered with; 0 when the failure came before any answer.</summary>
    public static int StatusOf(Exception exception) => exception is ErrorResponseException { Response: { } response } ? (int)response.StatusCode : 0;

    /// <summary>403 or 404: the bot was removed from the conversation, or shares no chat with the person. Final.</summary>
    public static bool IsRefusal(Exception exception) =>
        exception is ErrorResponseException { Response.StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.NotFound };
}
