using System.Diagnostics;
using System.Net;
using ElcBot.Cli.Operations;
using ElcBot.Storage.Embedded;

namespace ElcBot.Cli.Bench.Load;

/// <summary>`bench load [--people 50] [--seconds 60] [--json]`: the real host under many people, beside a bare SDK echo bot.</summary>
/// <remarks>
/// Each host runs in a child process (see <see cref="LoadHostVerb"/>) so its CPU is measured alone. ElcBot runs against its
/// own Azurite; afterwards storage is checked for every idea and support a person saw acknowledged.
/// </remarks>
public sealed class BenchLoadVerb : ICliVerb
{
    private const string KeySecret = "bench-load-secret";

    public string Name => "bench load";

    public string Summary => "Load the real host with simulated people (default 50 for 60 s), beside a bare SDK echo bot.";

    public string Usage => LoadArguments.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (Options.Parse(LoadArguments.Parse, args, LoadArguments.Usage) is not { } options)
        {
            return 2;
        }

        var plan = LoadPlan.For(options.Seconds);
        Console.WriteLine($"bench load: {options.People} people, {plan.Window.TotalSeconds:0} s measured after {plan.WarmUp.TotalSeconds:0} s of warm-up, {Environment.ProcessorCount} cores.");
        var data = Directory.CreateTempSubdirectory("elcbot-bench-load-").FullName;
        try
        {
            return await MeasureAsync(options, plan, data, cancellationToken);
        }
        finally
        {
            // Azurite has stopped by now; its tables were only for this run.
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(LoadArguments options, LoadPlan plan, string data, CancellationToken cancellationToken)
    {
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { Port = AzuriteProcess.FreePort(), DataDirectory = data, StartTimeout = TimeSpan.FromMinutes(2) }, cancellationToken);
        await using var connector = await LoopbackConnector.StartAsync(cancellationToken);
        var activities = new ChannelActivities(connector.ServiceUrl);

        await using var storage = BenchStorage.Open(azurite.ConnectionString, KeySecret);
        var (elcBot, people, roundId) = await RunElcBotAsync(options, plan, azurite.ConnectionString, storage, activities, cancellationToken);
        Console.Error.WriteLine("Checking storage for every acknowledged idea and support ...");
        var tally = await StoredCheck.RunAsync(storage.Contributions, storage.Supports, storage.Keys, roundId, [.. people.Shared], [.. people.Supported], cancellationToken);

        LoadFigures echo;
        await using (var host = await HostProcess.StartAsync("echo", [], cancellationToken))
        {
            using var http = Client(host.Address);
            echo = await LoadRun.RunAsync("echo", new EchoPeople(new TurnClient(http), activities, options.People), plan, () => host.CpuTime, Console.Error.WriteLine, cancellationToken);
        }

        LoadReport.Print(Console.Out, elcBot, echo, tally);
        if (options.Json)
        {
            Console.WriteLine(LoadReport.Json(elcBot, echo, tally));
        }

        return tally.Lost == 0 && tally.Duplicated == 0 && elcBot.Errors == 0 ? 0 : 1;
    }

    private static async Task<(LoadFigures Figures, ElcBotPeople People, string RoundId)> RunElcBotAsync(
        LoadArguments options, LoadPlan plan, string connectionString, BenchStorage storage, ChannelActivities activities, CancellationToken cancellationToken)
    {
        string[] settings = [$"Storage:ConnectionString={connectionString}", $"Privacy:ContributorKeySecret={KeySecret}", .. ElcBotPeople.HostSettings];
        await using var host = await HostProcess.StartAsync("elcbot", settings, cancellationToken);
        using var http = Client(host.Address);
        var client = new TurnClient(http);
        var roundId = await ElcBotPeople.StartRoundAsync(client, activities, cancellationToken);
        var people = new ElcBotPeople(client, activities, roundId, options.People);
        var figures = await LoadRun.RunAsync("elcbot", people, plan, () => host.CpuTime, Console.Error.WriteLine, cancellationToken,
            warm: token => FirstIdeaEmbeddedAsync(storage, roundId, token));
        return (figures, people, roundId);
    }

    // The embedding model (90 MB) loads when the first idea is embedded, stalling the host for a few seconds once:
    // start-up work, so the measured window opens only after it.
    private static async Task FirstIdeaEmbeddedAsync(BenchStorage storage, string roundId, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!(await storage.Contributions.ListAsync(roundId, null, cancellationToken)).Any(c => c.Vector is not null))
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException("No idea was embedded within 3 minutes of the start.");
            }

            await Task.Delay(250, cancellationToken);
        }

        Console.Error.WriteLine($"[elcbot] the embedding model is loaded ({clock.Elapsed.TotalSeconds:0.0} s after the warm-up); measuring now.");
    }

    // One connection per person, kept open, as the Bot Connector keeps its connections to a bot.
    private static HttpClient Client(Uri address) => new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestVersion = HttpVersion.Version11,
    };
}
