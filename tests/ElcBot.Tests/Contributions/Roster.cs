using System.Net;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace ElcBot.Tests.Contributions;

/// <summary>A Teams roster behind a real ConnectorClient: member look-ups (TeamsInfo) answered in memory, no network.</summary>
public static class Roster
{
    /// <param name="members">Team or conversation id, user id, and the userRole Teams reports.</param>
    public static IConnectorClient With(params (string ConversationId, string UserId, string Role)[] members) =>
        new ConnectorClient(new Uri("https://smba.example/"), MicrosoftAppCredentials.Empty, new HttpClient(new Answers(members)), disposeHttpClient: true);

    private sealed class Answers((string ConversationId, string UserId, string Role)[] members) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // GET v3/conversations/{conversationId}/members/{userId}
            var parts = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
            var found = parts.Length == 5 ? members.FirstOrDefault(m => m.ConversationId == parts[2] && m.UserId == parts[4]) : default;
            var response = found.UserId is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("""{"error":{"code":"MemberNotFoundInConversation","message":"not found"}}""") }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($$"""{"id":"{{found.UserId}}","name":"Someone","userRole":"{{found.Role}}"}""") };
            return Task.FromResult(response);
        }
    }
}
