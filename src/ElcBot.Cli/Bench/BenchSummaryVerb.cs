using System.Diagnostics;
using System.Globalization;
using ElcBot.Cli.Operations;
using ElcBot.Core.Contributions;
using ElcBot.Core.Conversations;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Storage.Embedded;
using ElcBot.Web;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace ElcBot.Cli.Bench;

/// <summary>`bench summary [--contributions N] [--json]`: times building and posting a summary of a large round.</summary>
/// <remarks>Runs the real host with its own Azurite and a loopback connector; vectors are stored, as they are in service.</remarks>
public sealed class BenchSummaryVerb : ICliVerb
{
    private const string Conversation = "19:bench@thread.tacv2";

    public string Name => "bench summary";

    public string Summary => "Time a summary of a round with many stored contributions (default 10,000).";

    public string Usage => SummaryArguments.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (Options.Parse(SummaryArguments.Parse, args, SummaryArguments.Usage) is not { } options)
        {
            return 2;
        }

        var (count, json) = (options.Contributions, options.Json);
        var data = Directory.CreateTempSubdirectory("elcbot-bench-").FullName;
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { Port = AzuriteProcess.FreePort(), DataDirectory = data, StartTimeout = TimeSpan.FromMinutes(2) }, cancellationToken);
        await using var connector = await LoopbackConnector.StartAsync(cancellationToken);
        var app = ElcBotHost.Build(["--urls=http://127.0.0.1:0", $"--Storage:ConnectionString={azurite.ConnectionString}", "--Privacy:ContributorKeySecret=bench", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync(cancellationToken);
        try
        {
            await SeedAsync(app.Services, connector.ServiceUrl, count, cancellationToken);
            var publisher = app.Services.GetRequiredService<ISummaryPublisher>();
            var seconds = new List<double>();
            for (var run = 0; run < 3; run++)
            {
                var clock = Stopwatch.StartNew();
                var outcome = await publisher.PublishAsync("bench-round", cancellationToken);
                seconds.Add(clock.Elapsed.TotalSeconds);
                Console.Error.WriteLine($"run {run + 1}: {outcome} in {clock.Elapsed.TotalSeconds:0.00} s");
            }

            var median = seconds.Order().ElementAt(1);
            Console.WriteLine($"Summary of {count} stored contributions, built and posted: median {median:0.00} s over 3 runs ({string.Join(", ", seconds.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))}); the connector received {connector.Received} posts.");
            if (json)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $$"""{"contributions":{{count}},"seconds":{{median:0.000}},"posted":{{connector.Received}}}"""));
            }

            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static async Task SeedAsync(IServiceProvider services, string serviceUrl, int count, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await services.GetRequiredService<IRoundStore>().TryOpenAsync(
            new Round("bench-round", Conversation, "tenant", "team", "What would make it easier to get help?", ElcStage.Discover, null, true, DateTimeOffset.UtcNow), cancellationToken);
        var reference = new ConversationReference { ChannelId = "msteams", ServiceUrl = serviceUrl, Conversation = new ConversationAccount(id: Conversation), Bot = new ChannelAccount("28:bench") };
        await services.GetRequiredService<IConversationDirectory>().SaveAsync(
            new InstalledConversation(Conversation, ConversationKind.Channel, "tenant", "team", serviceUrl, JsonConvert.SerializeObject(reference), DateTimeOffset.UtcNow), cancellationToken);

        var store = services.GetRequiredService<IContributionStore>();
        var added = 0;
        await Parallel.ForEachAsync(SyntheticRound.Make("bench-round", count, seed: 7), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (c, ct) =>
        {
            await store.AddAsync(c, ct);
            if (Interlocked.Increment(ref added) % 1000 == 0)
            {
                Console.Error.WriteLine($"seeded {added} of {count} ({clock.Elapsed.TotalSeconds:0} s)");
            }
        });
    }
}
