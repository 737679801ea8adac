using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Peers;

/// <summary>One real Azurite for the whole test run, on a free loopback port with its data in a temporary folder.</summary>
/// <remarks>Test classes isolate themselves with their own table prefix, so they can run in parallel against it.</remarks>
public static class SharedAzurite
{
    private static readonly Lazy<Task<AzuriteProcess>> Instance = new(StartAsync);

    public static async Task<string> ConnectionStringAsync() => (await Instance.Value).ConnectionString;

    /// <summary>A table prefix no other test uses (letters and digits only, as table names require).</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<AzuriteProcess> StartAsync()
    {
        var data = Directory.CreateTempSubdirectory("elcbot-azurite-").FullName;
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { Port = AzuriteProcess.FreePort(), DataDirectory = data, StartTimeout = TimeSpan.FromMinutes(2) }, CancellationToken.None);
        // The emulator also stops by itself when this process ends (see tools/azurite/with-parent.js).
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return azurite;
    }
}
