using System.Text.Json.Nodes;

namespace ElcBot.Web.Playground;

/// <summary>Errors in the Bot Connector's shape, so the bot's connector client reads them as it would from Teams.</summary>
internal static class ConnectorErrors
{
    public static IResult NotFound(string code, string message) => Error(StatusCodes.Status404NotFound, code, message);

    public static IResult BadRequest(string code, string message) => Error(StatusCodes.Status400BadRequest, code, message);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
}
