using ElcBot.Cli.Bench.Load;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Reliability;

/// <summary>
/// The service killed outright (SIGKILL, as a crash or a pulled plug) in the middle of a load run and started again,
/// with people carrying on throughout. Unlike a polite stop, turns in flight get no chance to finish.
/// </summary>
public sealed class ServiceCrashTests
{
    private const string KeySecret = "crash-test-secret";

    [Fact]
    public async Task Should_keep_every_acknowledged_idea_and_support_exactly_once_when_the_service_is_killed_during_load()
    {
        await using var connector = await RecordingConnector.StartAsync();
        var connection = await SharedAzurite.ConnectionStringAsync();
        var prefix = SharedAzurite.UniquePrefix();
        var port = AzuriteProcess.FreePort();
        string[] settings = [$"Storage:ConnectionString={connection}", $"Storage:TablePrefix={prefix}", $"Privacy:ContributorKeySecret={KeySecret}",
            $"urls=http://127.0.0.1:{port}", .. ElcBotPeople.HostSettings];
        var host = await HostProcess.StartAsync("elcbot", settings, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        var client = new TurnClient(http);
        var activities = new ChannelActivities(connector.ServiceUrl);
        var roundId = await ElcBotPeople.StartRoundAsync(client, activities, CancellationToken.None);
        await using var work = PeopleAtWork.Start(new ElcBotPeople(client, activities, roundId, count: 5));
        var people = work.People;
        try
        {
            await PeopleAtWork.WaitForAsync(() => people.Shared.Count >= 5 && people.Supported.Count >= 5);
            await host.CrashAsync();
            var acknowledgedBeforeCrash = work.Acknowledged;
            await host.DisposeAsync();
            host = await HostProcess.StartAsync("elcbot", settings, CancellationToken.None);
            await PeopleAtWork.WaitForAsync(() => work.Acknowledged >= acknowledgedBeforeCrash + 10);
            await work.StopAsync();

            await using var storage = BenchStorage.Open(connection, KeySecret, prefix);
            var tally = await StoredCheck.RunAsync(storage.Contributions, storage.Supports, storage.Keys, roundId, [.. people.Shared], [.. people.Supported], CancellationToken.None);

            Assert.Equal((0, 0), (tally.Lost, tally.Duplicated));
            Assert.True(tally.Ideas + tally.Supports >= acknowledgedBeforeCrash + 10);
        }
        finally
        {
            await work.StopAsync();
            await host.DisposeAsync();
        }
    }
}
