using System.Net;
using ElcBot.Core.Panels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Panels;

/// <summary>Sends a panel member a message in their personal chat with the bot, starting the chat if needed.</summary>
/// <remarks>
/// As the file offer does, but outside any turn: the address kept when the person joined the panel says where
/// (service URL, bot and tenant). Teams hands back the same personal chat each time it is asked for one.
/// </remarks>
public sealed partial class PanelChats(CloudAdapter adapter, IConfiguration configuration, ILogger<PanelChats> logger)
{
    /// <returns>False when Teams would not let the bot reach them (logged, never thrown: the others still get theirs).</returns>
    public async Task<bool> SendAsync(PanelMember member, IActivity activity, CancellationToken cancellationToken)
    {
        var address = member.Address;
        if (!Uri.TryCreate(address.ServiceUrl, UriKind.Absolute, out _))
        {
            // Teams always sends one; a test or emulator turn may not, and there is then nowhere to send to.
            LogRefused(logger, member.RoundId, 0);
            return false;
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(address.BotId),
            Members = [new ChannelAccount(member.UserId)],
            TenantId = address.TenantId,
        };
        var sent = false;
        try
        {
            await adapter.CreateConversationAsync(
                configuration["MicrosoftAppId"] ?? string.Empty,
                address.ChannelId,
                address.ServiceUrl,
                AuthenticationConstants.ToChannelFromBotOAuthScope,
                parameters,
                async (turn, ct) =>
                {
                    // Caught here: the adapter would otherwise hand the failure to its turn error handler.
                    try
                    {
                        await turn.SendActivityAsync(activity, ct).ConfigureAwait(false);
                        sent = true;
                    }
                    catch (ErrorResponseException ex)
                    {
                        LogRefused(logger, member.RoundId, (int?)ex.Response?.StatusCode ?? 0);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (ErrorResponseException ex)
        {
            LogRefused(logger, member.RoundId, (int?)ex.Response?.StatusCode ?? 0);
        }
        catch (HttpRequestException ex)
        {
            LogRefused(logger, member.RoundId, (int?)ex.StatusCode ?? (int)HttpStatusCode.ServiceUnavailable);
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach a panel member of round {RoundId} in personal chat ({StatusCode})")]
    private static partial void LogRefused(ILogger logger, string roundId, int statusCode);
}
