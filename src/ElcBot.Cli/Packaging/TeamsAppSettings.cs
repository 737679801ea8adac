using Microsoft.Extensions.Configuration;

namespace ElcBot.Cli.Packaging;

/// <summary>The values the Teams app package is built from, read from settings (.env or the environment).</summary>
/// <remarks>Each value is named in the manifest template by its setting name, for example <c>${{Teams__PrivacyUrl}}</c>.</remarks>
public sealed record TeamsAppSettings
{
    public const string BotIdSetting = "MicrosoftAppId";
    public const string AppIdSetting = "Teams__AppId";
    public const string VersionSetting = "Teams__AppVersion";
    public const string DeveloperNameSetting = "Teams__DeveloperName";
    public const string WebsiteUrlSetting = "Teams__DeveloperWebsiteUrl";
    public const string PrivacyUrlSetting = "Teams__PrivacyUrl";
    public const string TermsOfUseUrlSetting = "Teams__TermsOfUseUrl";

    /// <summary>The bot's Microsoft app id: the managed identity's client id when deployed with infra/.</summary>
    public string? BotId { get; init; }

    /// <summary>The Teams app's own id; the bot id when not set.</summary>
    public string? AppId { get; init; }

    public string Version { get; init; } = "1.0.0";

    public string? DeveloperName { get; init; }

    public string? DeveloperWebsiteUrl { get; init; }

    public string? PrivacyUrl { get; init; }

    public string? TermsOfUseUrl { get; init; }

    public static TeamsAppSettings From(IConfiguration configuration) => new()
    {
        BotId = Read(configuration, BotIdSetting),
        AppId = Read(configuration, AppIdSetting),
        Version = Read(configuration, VersionSetting) ?? "1.0.0",
        DeveloperName = Read(configuration, DeveloperNameSetting),
        DeveloperWebsiteUrl = Read(configuration, WebsiteUrlSetting),
        PrivacyUrl = Read(configuration, PrivacyUrlSetting),
        TermsOfUseUrl = Read(configuration, TermsOfUseUrlSetting),
    };

    /// <summary>The template's tokens and their values.</summary>
    public IReadOnlyDictionary<string, string> Tokens() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [BotIdSetting] = BotId ?? string.Empty,
        [AppIdSetting] = AppId ?? BotId ?? string.Empty,
        [VersionSetting] = Version,
        [DeveloperNameSetting] = DeveloperName ?? string.Empty,
        [WebsiteUrlSetting] = DeveloperWebsiteUrl ?? string.Empty,
        [PrivacyUrlSetting] = PrivacyUrl ?? string.Empty,
        [TermsOfUseUrlSetting] = TermsOfUseUrl ?? string.Empty,
    };

    /// <summary>What is missing or wrong, one plain sentence each; empty when the package can be built.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(BotId))
        {
            problems.Add($"{BotIdSetting} is not set. Set it to the bot's app id (the botAppId output of infra/main.bicep).");
        }
        else if (!Guid.TryParseExact(BotId, "D", out _))
        {
            problems.Add($"{BotIdSetting} '{BotId}' is not a valid app id: it must be a GUID such as 00000000-0000-0000-0000-000000000000.");
        }

        if (AppId is not null && !Guid.TryParseExact(AppId, "D", out _))
        {
            problems.Add($"{AppIdSetting} '{AppId}' is not a GUID. Leave it empty to use the bot id.");
        }

        if (!IsVersion(Version))
        {
            problems.Add($"{VersionSetting} '{Version}' must be three numbers such as 1.0.0, raised for every new upload.");
        }

        if (string.IsNullOrWhiteSpace(DeveloperName) || DeveloperName.Length > 32)
        {
            problems.Add($"{DeveloperNameSetting} must name your organisation in at most 32 characters.");
        }

        RequireHttps(problems, WebsiteUrlSetting, DeveloperWebsiteUrl);
        RequireHttps(problems, PrivacyUrlSetting, PrivacyUrl);
        RequireHttps(problems, TermsOfUseUrlSetting, TermsOfUseUrl);
        return problems;
    }

    private static string? Read(IConfiguration configuration, string setting)
    {
        var value = configuration[setting.Replace("__", ":", StringComparison.Ordinal)];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static bool IsVersion(string version)
    {
        var parts = version.Split('.');
        return parts.Length == 3 && parts.All(p => p.Length is > 0 and <= 9 && p.All(char.IsAsciiDigit));
    }

    private static void RequireHttps(List<string> problems, string setting, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{setting} must be a full https:// address (Teams shows it to people installing the app).");
        }
    }
}
