using System.Net;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Hosting;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Should_answer_200_when_table_storage_answers()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_answer_503_when_table_storage_does_not_answer()
    {
        // A port nothing listens on: the service must still start, and say it is unhealthy.
        await using var host = await BotHost.StartAsync($"Storage:ConnectionString={AzuriteConnection.ForPort(AzuriteProcess.FreePort())}");

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
