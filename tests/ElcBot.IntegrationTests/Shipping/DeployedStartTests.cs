using System.Net;
using ElcBot.Bot.Hosting;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Web;
using ElcBot.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>
/// The service starts as deployed: in Production, with only the settings the compiled template gives the web app.
/// A setting the service requires that infra/ forgets fails here, not in Azure after a deployment.
/// </summary>
public sealed class DeployedStartTests(CompiledInfrastructure compiled) : IClassFixture<CompiledInfrastructure>
{
    private const string Facilitator = "5d1e6f7a-0b2c-4d3e-9f4a-5b6c7d8e9f0a";

    [Fact]
    public async Task Should_start_healthy_and_know_its_facilitators_when_given_only_the_settings_the_template_deploys()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var arguments = await HostArgumentsAsync(DeployedAppSettings.For(compiled, [Facilitator]));

        await using var app = ElcBotHost.Build(arguments);
        var failure = await Record.ExceptionAsync(() => app.StartAsync(timeout.Token));
        Assert.True(failure is null, failure is null ? null : StartFailure.Explain(failure) ?? failure.ToString());

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var health = await client.GetAsync("/healthz", timeout.Token);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal([Facilitator], app.Services.GetRequiredService<IOptions<BotOptions>>().Value.Facilitators);
        await app.StopAsync(timeout.Token);
    }

    /// <summary>
    /// App Service hands app settings to the process as environment variables; the host reads those with a double
    /// underscore as a section separator, and ASPNETCORE_ENVIRONMENT as its environment. The same, as arguments, so
    /// nothing leaks into other tests. Two things differ from Azure: storage is the shared test Azurite in place of
    /// the account and managed identity, and the host takes any free loopback port in place of 8080.
    /// </summary>
    private static async Task<string[]> HostArgumentsAsync(IReadOnlyList<KeyValuePair<string, string>> settings) =>
    [
        .. settings.Where(s => !s.Key.StartsWith("Storage__", StringComparison.Ordinal)).Select(s => s.Key == "ASPNETCORE_ENVIRONMENT"
            ? $"--environment={s.Value}"
            : $"--{s.Key.Replace("__", ":", StringComparison.Ordinal)}={s.Value}"),
        $"--Storage:ConnectionString={await SharedAzurite.ConnectionStringAsync()}",
        $"--Storage:TablePrefix={SharedAzurite.UniquePrefix()}",
        "--urls=http://127.0.0.1:0",
        "--Logging:LogLevel:Default=None",
    ];
}
