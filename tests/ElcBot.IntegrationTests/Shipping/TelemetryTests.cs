using ElcBot.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>Telemetry is on exactly when Application Insights is configured. Providers are never built here: nothing is sent.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public void Should_register_opentelemetry_when_the_connection_string_is_set()
    {
        var builder = WebApplication.CreateBuilder([$"--{Telemetry.ConnectionStringSetting}=InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:1/"]);

        var turnedOn = builder.AddElcBotTelemetry();

        Assert.True(turnedOn);
        Assert.Contains(builder.Services, d => d.ServiceType.FullName == "OpenTelemetry.Trace.TracerProvider");
        Assert.Contains(builder.Services, d => d.ServiceType.FullName == "OpenTelemetry.Metrics.MeterProvider");
    }

    [Fact]
    public void Should_register_no_telemetry_when_the_connection_string_is_empty()
    {
        var builder = WebApplication.CreateBuilder([$"--{Telemetry.ConnectionStringSetting}="]);

        var turnedOn = builder.AddElcBotTelemetry();

        Assert.False(turnedOn);
        Assert.DoesNotContain(builder.Services, d => d.ServiceType.FullName?.StartsWith("OpenTelemetry.", StringComparison.Ordinal) == true);
    }
}
