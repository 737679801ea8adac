using Microsoft.Extensions.Options;

namespace ElcBot.Web.Hosting;

/// <summary>Checks the Application Insights connection string before the exporter reads it.</summary>
/// <remarks>
/// The exporter stops the host with an exception deep inside OpenTelemetry when the string is malformed. The value is
/// never repeated in the message: it carries the resource's key.
/// </remarks>
public static class TelemetryConnectionString
{
    /// <exception cref="OptionsValidationException">The string is not key=value pairs with an InstrumentationKey GUID.</exception>
    public static string Checked(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var pairs = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .ToArray();
        var wellFormed = pairs.All(pair => pair.Length == 2 && pair[0].Length > 0 && pair[1].Length > 0);
        var key = pairs.FirstOrDefault(pair => pair.Length == 2 && pair[0].Equals("InstrumentationKey", StringComparison.OrdinalIgnoreCase));
        if (wellFormed && key is not null && Guid.TryParse(key[1], out _))
        {
            return connectionString;
        }

        throw new OptionsValidationException(Telemetry.ConnectionStringSetting, typeof(string),
        [
            $"{Telemetry.ConnectionStringSetting} is not an Application Insights connection string. Copy it from the " +
            "resource's Overview page: it starts InstrumentationKey=. Leave it empty to send no telemetry.",
        ]);
    }
}
