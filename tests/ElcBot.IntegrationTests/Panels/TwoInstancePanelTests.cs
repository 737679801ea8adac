using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>
/// A panel test with a second instance of the real host on the same Table Storage, for the work both instances run at
/// once (posting a reviewed draft, reminding the panel) that must still happen exactly once.
/// </summary>
public abstract class TwoInstancePanelTests : HostedPanelTests
{
    /// <summary>The other instance; it shares the first one's tables.</summary>
    protected BotHost Second { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Second = await BotHost.StartAsync($"Storage:TablePrefix={Host.TablePrefix}");
    }

    public override async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await base.DisposeAsync();
    }
}
