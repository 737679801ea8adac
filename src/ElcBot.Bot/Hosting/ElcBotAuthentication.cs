using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ElcBot.Bot.Hosting;

/// <summary>
/// The SDK's own authentication (from the MicrosoftApp* and ToBotFromChannel* settings), with these changes: a token
/// that is missing or fails validation is refused as unauthorised (<see cref="RequestRefusedException"/>) rather than
/// failing the request or logging an error, and an authenticated activity
/// the bot cannot answer is refused (<see cref="ActivityEnvelope"/>). Connector clients are reused (<see cref="ReusedConnectorClients"/>),
/// and user token clients are made only when used (<see cref="LazyUserTokenClient"/>).
/// </summary>
/// <remarks>
/// CloudAdapter turns only <see cref="UnauthorizedAccessException"/> into 401; an expired, forged or malformed token
/// surfaces from IdentityModel as a <see cref="SecurityTokenException"/> (or an <see cref="ArgumentException"/> for a
/// string that is not a JWT at all), which would otherwise become a 500.
/// </remarks>
public sealed partial class ElcBotAuthentication(BotFrameworkAuthentication inner, ReusedConnectorClients connectors, ILogger<ElcBotAuthentication> logger)
    : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        AuthenticateRequestResult result;
        try
        {
            result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsRejectedToken(exception) || exception is UnauthorizedAccessException)
        {
            // The SDK refuses a missing token with UnauthorizedAccessException itself; both become one warning and a 401.
            LogRefused(logger, exception.GetType().Name);
            throw new RequestRefusedException(exception);
        }
        catch (InvalidOperationException exception) when (exception.InnerException is IOException)
        {
            // IdentityModel could not fetch the keys (IDX20803, its login service down or unreachable): nothing can be
            // checked, so nothing runs, and the channel is asked to send again later rather than told of a fault here.
            LogKeysUnavailable(logger, exception.InnerException.GetType().Name);
            throw new SigningKeysUnavailableException(exception);
        }

        // Only an authenticated caller learns that its activity was malformed.
        if (ActivityEnvelope.Problem(activity) is { } problem)
        {
            LogMalformed(logger, problem);
            throw new ActivityRejectedException(problem);
        }

        result.ConnectorFactory = connectors.Wrap(result.ConnectorFactory, AppIdOf(result.ClaimsIdentity));
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsRejectedToken(exception))
        {
            throw Refuse(exception);
        }
    }

    public override async Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsRejectedToken(exception))
        {
            throw Refuse(exception);
        }
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        connectors.Wrap(inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity));

    // Made on first use only (see LazyUserTokenClient), with the cancellation token of the call that needs it.
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new LazyUserTokenClient(token => inner.CreateUserTokenClientAsync(claimsIdentity, token)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <summary>The bot's own app id as the SDK reads it (audience from a channel, appid from the emulator).</summary>
    private static string? AppIdOf(ClaimsIdentity? identity) =>
        identity?.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? identity?.FindFirst(AuthenticationConstants.AppIdClaim)?.Value;

    private static bool IsRejectedToken(Exception exception) => exception is SecurityTokenException or ArgumentException;

    private UnauthorizedAccessException Refuse(Exception exception)
    {
        // The exception type says why (expired, unknown key, malformed); the token itself is never logged.
        LogRefused(logger, exception.GetType().Name);
        return new UnauthorizedAccessException("The request's token was refused.", exception);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity that cannot be answered ({Reason})")]
    private static partial void LogMalformed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the Bot Framework's signing keys ({Reason}); the request was not processed")]
    private static partial void LogKeysUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request whose token failed validation ({Reason})")]
    private static partial void LogRefused(ILogger logger, string reason);
}
