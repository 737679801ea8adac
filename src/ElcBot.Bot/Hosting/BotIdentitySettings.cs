using Microsoft.Extensions.Configuration;

namespace ElcBot.Bot.Hosting;

/// <summary>Checks the MicrosoftApp* settings the SDK reads, so a mistake is named at start-up in plain words.</summary>
/// <remarks>
/// Left to itself the SDK accepts an unknown app type or an app id that is not a GUID and then refuses every message
/// from Teams, and it stops a missing tenant id with an exception deep inside the host.
/// </remarks>
public static class BotIdentitySettings
{
    public const string AppTypeSetting = "MicrosoftAppType";
    public const string TenantIdSetting = "MicrosoftAppTenantId";

    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    /// <summary>What to put right, one sentence each; empty when the settings can be used.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        var appType = configuration[AppTypeSetting]?.Trim();
        var appId = configuration[BotAppId.Setting]?.Trim();

        if (!string.IsNullOrEmpty(appType) && !AppTypes.Contains(appType, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"{AppTypeSetting} must be one of {string.Join(", ", AppTypes)} (it is '{appType}').");
        }

        if (!string.IsNullOrEmpty(appId) && !Guid.TryParse(appId, out _))
        {
            problems.Add($"{BotAppId.Setting} must be the bot's app id, a GUID such as 00000000-0000-0000-0000-000000000000 (it is '{appId}').");
        }

        var needsTenant = string.Equals(appType, "SingleTenant", StringComparison.OrdinalIgnoreCase)
            || string.Equals(appType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (needsTenant && string.IsNullOrWhiteSpace(configuration[TenantIdSetting]))
        {
            problems.Add($"Set {TenantIdSetting}: {appType} needs the Entra tenant id the bot's identity belongs to.");
        }

        return problems;
    }
}
