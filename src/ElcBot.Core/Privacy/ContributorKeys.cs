using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ElcBot.Core.Privacy;

/// <summary>Turns a Teams user id into a pseudonymous contributor key: HMAC-SHA256 with a configured secret.</summary>
/// <remarks>The same person always gets the same key, so "my contributions" and "forget me" work, but the id cannot be read back.</remarks>
public sealed partial class ContributorKeys
{
    private readonly Lazy<byte[]> _secret;

    /// <remarks>The secret is read on first use: composing the bot (for example to list its commands) needs none.</remarks>
    public ContributorKeys(IOptions<PrivacyOptions> options, ILogger<ContributorKeys> logger)
    {
        _secret = new Lazy<byte[]>(() =>
        {
            var value = options.Value;
            if (string.IsNullOrWhiteSpace(value.ContributorKeySecret))
            {
                throw new InvalidOperationException("Privacy:ContributorKeySecret is not set.");
            }

            if (value.UsesDevelopmentKey)
            {
                LogDevelopmentKey(logger);
            }

            return Encoding.UTF8.GetBytes(value.ContributorKeySecret);
        });
    }

    /// <param name="teamsUserId">The Entra object id when Teams sends one, otherwise the Teams user id.</param>
    public string For(string teamsUserId)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamsUserId);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_secret.Value, Encoding.UTF8.GetBytes(teamsUserId)));
    }

    /// <summary>A key that is stable on one machine, for local development with no secret configured.</summary>
    public static string DevelopmentSecret() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("elcbot-development|" + Environment.MachineName)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Privacy:ContributorKeySecret is set; using a local development key. Set one before real people use this bot")]
    private static partial void LogDevelopmentKey(ILogger logger);
}
