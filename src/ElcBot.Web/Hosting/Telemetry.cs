using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Resources;

namespace ElcBot.Web.Hosting;

/// <summary>Sends traces, metrics and logs to Application Insights through OpenTelemetry, when a connection string is set.</summary>
public static class Telemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The service name shown in Application Insights (its cloud role name).</summary>
    public const string ServiceName = "ElcBot";

    /// <returns>True when telemetry was turned on.</returns>
    public static bool AddElcBotTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration[ConnectionStringSetting];
        // Locally and in tests nothing is configured, and nothing should try to send anything anywhere.
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        connectionString = TelemetryConnectionString.Checked(connectionString);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .UseAzureMonitor(options => options.ConnectionString = connectionString);
        return true;
    }
}
