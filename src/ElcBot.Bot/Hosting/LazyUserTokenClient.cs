using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ElcBot.Bot.Hosting;

/// <summary>A user token client made only when a turn first uses it.</summary>
/// <remarks>
/// The SDK makes a user token client (with its own HTTP and OAuth clients and a fresh serializer) for every turn, for
/// single sign-on that this bot never uses; under load that is a good part of each turn's CPU for nothing.
/// </remarks>
public sealed class LazyUserTokenClient(Func<CancellationToken, Task<UserTokenClient>> create) : UserTokenClient
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private UserTokenClient? _inner;

    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken).ConfigureAwait(false);

    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken).ConfigureAwait(false);

    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken).ConfigureAwait(false);

    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken).ConfigureAwait(false);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner?.Dispose();
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<UserTokenClient> InnerAsync(CancellationToken cancellationToken)
    {
        if (_inner is { } made)
        {
            return made;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _inner ??= await create(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
