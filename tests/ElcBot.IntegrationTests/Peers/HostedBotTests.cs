namespace ElcBot.IntegrationTests.Peers;

/// <summary>A test class that gets, for each test, the real host and a recording connector of its own.</summary>
public abstract class HostedBotTests : IAsyncLifetime
{
    protected BotHost Host { get; private set; } = null!;

    protected RecordingConnector Connector { get; private set; } = null!;

    /// <summary>Settings the host starts with, as "Key=Value".</summary>
    protected virtual string[] HostSettings => [];

    public virtual async Task InitializeAsync()
    {
        Connector = await RecordingConnector.StartAsync();
        Host = await BotHost.StartAsync(HostSettings);
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
