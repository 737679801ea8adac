using ElcBot.IntegrationTests.Peers;
using Xunit.Abstractions;

namespace ElcBot.IntegrationTests.Playground;

/// <summary>The playground journey (tests/browser/journey.mjs) in Debian's chromium against the real host.</summary>
public sealed class PlaygroundJourneyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string FacilitatorAadObjectId = "a1f3c2d4-0004-4e5f-8a9b-0c1d2e3f4a04";
    private BotHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotHost.StartAsync("Playground:Enabled=true", $"Bot:Facilitators:0={FacilitatorAadObjectId}");

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_show_every_step_of_the_journey_when_people_use_the_playground_in_a_browser()
    {
        var screenshots = Path.Combine(ElcBot.Storage.Embedded.RepositoryRoot.Find()!, "docs", "screenshots");
        var environment = new Dictionary<string, string>
        {
            ["PLAYGROUND_URL"] = _host.Client.BaseAddress!.ToString(),
            ["PLAYGROUND_HARNESS"] = "stdio",
            ["SCREENSHOTS"] = screenshots,
        };
        var harness = new JourneyHarness(_host.Services);

        var result = await NodeScript.RunAsync(["journey.mjs"], environment, harness.HandleAsync, TimeSpan.FromMinutes(4), CancellationToken.None);
        // Each step with its time, kept with the test result when it passes too.
        output.WriteLine(result.Output);

        Assert.True(result.ExitCode == 0, $"The browser journey failed (exit code {result.ExitCode}):\n{result.Output}");
    }
}
