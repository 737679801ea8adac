using ElcBot.Cli.Bench.Load;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Reliability;

/// <summary>The service stopped and started again in the middle of a load run, with people carrying on throughout.</summary>
public sealed class ServiceRestartTests
{
    [Fact]
    public async Task Should_keep_every_acknowledged_idea_and_support_exactly_once_when_the_service_restarts_during_load()
    {
        await using var connector = await RecordingConnector.StartAsync();
        var host = await BotHost.StartAsync([.. ElcBotPeople.HostSettings]);
        var (prefix, port) = (host.TablePrefix, host.Port);
        using var http = new HttpClient { BaseAddress = host.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var client = new TurnClient(http);
        var activities = new ChannelActivities(connector.ServiceUrl);
        var roundId = await ElcBotPeople.StartRoundAsync(client, activities, CancellationToken.None);
        await using var work = PeopleAtWork.Start(new ElcBotPeople(client, activities, roundId, count: 5));
        var people = work.People;

        await PeopleAtWork.WaitForAsync(() => people.Shared.Count >= 5 && people.Supported.Count >= 5);
        await host.DisposeAsync();
        var acknowledgedBeforeRestart = work.Acknowledged;
        host = await BotHost.StartOnAsync(prefix, port, [.. ElcBotPeople.HostSettings]);
        try
        {
            await PeopleAtWork.WaitForAsync(() => work.Acknowledged >= acknowledgedBeforeRestart + 10);
            await work.StopAsync();
            var tally = await StoredCheck.RunAsync(
                host.Services.GetRequiredService<IContributionStore>(), host.Services.GetRequiredService<ISupportStore>(), host.Services.GetRequiredService<ContributorKeys>(),
                roundId, [.. people.Shared], [.. people.Supported], CancellationToken.None);

            Assert.Equal((0, 0), (tally.Lost, tally.Duplicated));
            Assert.True(tally.Ideas + tally.Supports >= acknowledgedBeforeRestart + 10);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
