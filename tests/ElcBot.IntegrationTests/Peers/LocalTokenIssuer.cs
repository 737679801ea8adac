using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ElcBot.IntegrationTests.Peers;

/// <summary>
/// Plays the Bot Framework's login service on loopback: an OpenID configuration, its signing keys (endorsed for
/// Teams, as the real ones are) and a client-credentials token endpoint, over HTTPS as the SDK requires.
/// </summary>
/// <remarks>
/// The TLS certificate is made here and trusted the way a machine trusts a private CA: it is added to the current
/// user's root store while the issuer runs and removed when it stops. The service is pointed at the issuer only
/// through the SDK's own settings (<see cref="BotSettings"/>).
/// </remarks>
public sealed class LocalTokenIssuer : IAsyncDisposable
{
    /// <summary>The issuer the Bot Framework puts on tokens it sends to bots.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    private const string KeyId = "elcbot-test-key";
    private readonly WebApplication _app;
    private readonly X509Certificate2 _trusted;
    private readonly RsaSecurityKey _signingKey;
    private int _tokensIssued;

    private LocalTokenIssuer(WebApplication app, X509Certificate2 trusted, RsaSecurityKey signingKey)
    {
        _app = app;
        _trusted = trusted;
        _signingKey = signingKey;
    }

    /// <summary>The app id the tokens are for, as MicrosoftAppId.</summary>
    public string AppId { get; } = Guid.NewGuid().ToString();

    public string Address => _app.Urls.First().TrimEnd('/');

    public string MetadataUrl => Address + "/.well-known/openid-configuration";

    /// <summary>Client-credential tokens the bot asked for (its replies carry them).</summary>
    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    /// <summary>The SDK's settings that point a bot at this issuer, as "Key=Value".</summary>
    public string[] BotSettings =>
    [
        $"MicrosoftAppId={AppId}",
        "MicrosoftAppType=MultiTenant",
        "MicrosoftAppPassword=not-a-real-secret",
        $"ToBotFromChannelOpenIdMetadataUrl={MetadataUrl}",
        $"ToBotFromEmulatorOpenIdMetadataUrl={MetadataUrl}",
        $"ToBotFromChannelTokenIssuer={ChannelIssuer}",
        $"ToChannelFromBotLoginUrl={Address}/botframework.com",
        "ToChannelFromBotOAuthScope=https://api.botframework.com",
        $"OAuthUrl={Address}",
        // MSAL can only validate authorities it knows; this one is ours.
        "ValidateAuthority=false",
        "CallerId=urn:botframework:azure",
    ];

    public static async Task<LocalTokenIssuer> StartAsync()
    {
        using var tlsKey = RSA.Create(2048);
        // A name of its own, so a certificate left behind by an earlier run can never be taken for this one's issuer.
        var request = new CertificateRequest($"CN=ElcBot test issuer {Guid.NewGuid():N}", tlsKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var tls = request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(2));
        // Kestrel needs the key in a form it can load on every platform; PKCS#12 round trip gives that.
        var serving = X509CertificateLoader.LoadPkcs12(tls.Export(X509ContentType.Pkcs12), null);
        var trusted = X509CertificateLoader.LoadCertificate(tls.RawData);
        Trust(trusted, add: true);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(serving)));
        var app = builder.Build();
        var signingKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = KeyId };
        var issuer = new LocalTokenIssuer(app, trusted, signingKey);
        await issuer.StartListeningAsync();
        await issuer.WaitUntilTrustedAsync();
        return issuer;
    }

    /// <summary>A token as the Bot Framework would send with an activity for <paramref name="serviceUrl"/>.</summary>
    public string CreateToken(string serviceUrl, TokenShape? shape = null)
    {
        var s = shape ?? new TokenShape();
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = s.Issuer ?? ChannelIssuer,
            Audience = s.Audience ?? AppId,
            IssuedAt = now + s.Shift - TimeSpan.FromMinutes(1),
            NotBefore = now + s.Shift - TimeSpan.FromMinutes(1),
            Expires = now + s.Shift + TimeSpan.FromMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(s.SigningKey ?? _signingKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A key nobody published, with the same key id as the real one, as a forger would use.</summary>
    public static RsaSecurityKey ForgedKey() => new(RSA.Create(2048)) { KeyId = KeyId };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Trust(_trusted, add: false);
        _trusted.Dispose();
    }

    private async Task StartListeningAsync()
    {
        _app.MapGet("/.well-known/openid-configuration", (HttpContext context) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = ChannelIssuer,
            ["authorization_endpoint"] = $"{context.Request.Scheme}://{context.Request.Host}/authorize",
            ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        _app.MapGet("/keys", () =>
        {
            var parameters = _signingKey.Rsa.ExportParameters(false);
            var key = new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new[] { "msteams" },
            };
            return Results.Json(new { keys = new[] { key } });
        });
        // The bot's own client-credentials request for its replies (MSAL posts here).
        _app.MapPost("/{tenant}/oauth2/v2.0/token", () =>
        {
            Interlocked.Increment(ref _tokensIssued);
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = CreateToken(string.Empty, new TokenShape { Audience = "https://api.botframework.com" }),
            });
        });
        await _app.StartAsync();
    }

    /// <summary>Waits until an ordinary client accepts the certificate, so the SDK's client will too.</summary>
    private async Task WaitUntilTrustedAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            using var probe = new HttpClient();
            try
            {
                using var response = await probe.GetAsync(MetadataUrl);
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    private static void Trust(X509Certificate2 certificate, bool add)
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        if (add)
        {
            store.Add(certificate);
        }
        else
        {
            store.Remove(certificate);
        }
    }
}

/// <summary>What to change about a token, to forge or spoil it.</summary>
public sealed record TokenShape
{
    public string? Issuer { get; init; }

    public string? Audience { get; init; }

    /// <summary>Moves the token's whole lifetime (a large negative shift makes it expired).</summary>
    public TimeSpan Shift { get; init; }

    public SecurityKey? SigningKey { get; init; }
}
