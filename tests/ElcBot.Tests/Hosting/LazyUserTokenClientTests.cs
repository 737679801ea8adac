using ElcBot.Bot.Hosting;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ElcBot.Tests.Hosting;

public sealed class LazyUserTokenClientTests
{
    private int _made;

    [Fact]
    public void Should_make_no_client_when_the_turn_never_asks_for_a_token()
    {
        var lazy = new LazyUserTokenClient(Make);

        lazy.Dispose();

        Assert.Equal(0, _made);
    }

    [Fact]
    public async Task Should_make_one_client_pass_every_call_to_it_and_dispose_it_when_used()
    {
        RecordingClient? inner = null;
        var lazy = new LazyUserTokenClient(async token => inner = (RecordingClient)await Make(token));

        var first = await lazy.GetUserTokenAsync("user", "connection", "msteams", "123456", CancellationToken.None);
        await lazy.SignOutUserAsync("user", "connection", "msteams", CancellationToken.None);
        lazy.Dispose();

        Assert.Equal(1, _made);
        Assert.Equal("token-for-user", first.Token);
        Assert.Equal(["GetUserToken", "SignOutUser"], inner!.Calls);
        Assert.True(inner.Disposed);
    }

    private Task<UserTokenClient> Make(CancellationToken cancellationToken)
    {
        _made++;
        return Task.FromResult<UserTokenClient>(new RecordingClient());
    }

    private sealed class RecordingClient : UserTokenClient
    {
        public List<string> Calls { get; } = [];

        public bool Disposed { get; private set; }

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        {
            Calls.Add("GetUserToken");
            return Task.FromResult(new TokenResponse { Token = $"token-for-{userId}" });
        }

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        {
            Calls.Add("SignOutUser");
            return Task.CompletedTask;
        }

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
