using ElcBot.Bot;
using ElcBot.Bot.Commands;
using ElcBot.Core.Contributions;
using ElcBot.Core.Conversations;
using ElcBot.Core.Rounds;
using ElcBot.Tests.Fakes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ElcBot.Tests.Bot;

/// <summary>The real bot, as registered by AddElcBot, driven through the SDK's TestAdapter.</summary>
public sealed class BotTestHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private FakePanelDraftStore? _drafts;

    public BotTestHarness()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Privacy:ContributorKeySecret"] = "turn-test-secret",
            ["Bot:Facilitators:0"] = FacilitatorAadId,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddElcBot(configuration);
        // Turn tests do not exercise storage; the Azurite-backed IStorage is covered by the integration tests.
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<IConversationDirectory>(Conversations);
        services.AddSingleton<ElcBot.Core.Summaries.ISummaryStore>(Summaries);
        services.AddSingleton<ElcBot.Core.Summaries.Scheduling.ISummaryScheduleStore>(Schedules);
        services.AddSingleton(Moq.Mock.Of<ElcBot.Core.Summaries.Scheduling.ISummaryRunLedger>());
        services.AddSingleton(Moq.Mock.Of<ElcBot.Core.Themes.IThemeEngine>());
        services.AddSingleton(Moq.Mock.Of<ElcBot.Core.Themes.IPendingEmbeddings>());
        services.AddSingleton<ElcBot.Core.Reliability.IStorageFailures>(new ElcBot.Storage.Tables.TableStorageFailures());
        // Summaries read through the same adapter as the service, here over the hand-written fakes.
        services.AddSingleton<ElcBot.Storage.Tables.StoredSummarySource>();
        services.AddSingleton<ElcBot.Core.Summaries.ISummarySource>(sp => sp.GetRequiredService<ElcBot.Storage.Tables.StoredSummarySource>());
        services.AddSingleton<ElcBot.Core.Summaries.ISummaryRounds>(sp => sp.GetRequiredService<ElcBot.Storage.Tables.StoredSummarySource>());
        // The product's contribution ports, faked by hand here; their Table Storage adapters are tested against Azurite.
        services.AddSingleton<IRoundStore>(Rounds);
        services.AddSingleton<IContributionStore>(Contributions);
        services.AddSingleton<ISupportStore>(Supports);
        services.AddSingleton<IPostedIdeaListStore>(PostedIdeaLists);
        services.AddSingleton<ElcBot.Core.Updates.IContactStore>(Contacts);
        services.AddSingleton<ElcBot.Core.Updates.IUpdateStore>(Updates);
        services.AddSingleton<ElcBot.Core.Updates.IUpdateReceipts>(Updates);
        // Direct messages are recorded, not sent; UpdateMessenger is tested against the real host and a recording connector.
        services.AddSingleton<ElcBot.Core.Updates.IUpdateNotifier>(Notifier);
        services.AddSingleton<ElcBot.Core.Updates.IPendingDeliveries>(PendingDeliveries);
        services.AddSingleton<ElcBot.Core.Updates.IDeliveryReporter>(DeliveryReports);
        services.AddSingleton(Moq.Mock.Of<Microsoft.Extensions.Hosting.IHostApplicationLifetime>());
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ElcBot.Core.Files.IPendingFileStore>(new FakePendingFileStore());
        services.AddSingleton<ElcBot.Core.Panels.IPanelStore>(Panels);
        services.AddSingleton<ElcBot.Core.Panels.IPanelDraftStore>(Drafts);
        services.AddSingleton<ElcBot.Core.Panels.IPanelNotifier>(PanelNotifier);
        _services = services.BuildServiceProvider();
        Adapter = new UpdateRecordingAdapter(Channels.Msteams);
    }

    public const string FacilitatorAadId = "aad-facilitator";

    public FakeConversationDirectory Conversations { get; } = new();

    public FakeRoundStore Rounds { get; } = new();

    public FakeScheduleStore Schedules { get; } = new();

    public FakeContributionStore Contributions { get; } = new();

    public FakeSupportStore Supports { get; } = new();

    public FakeContactStore Contacts { get; } = new();

    public FakePostedIdeaListStore PostedIdeaLists { get; } = new();

    public FakeSummaryStore Summaries { get; } = new();

    public FakeUpdateStore Updates { get; } = new();

    public FakeUpdateNotifier Notifier { get; } = new();

    public FakePendingDeliveries PendingDeliveries { get; } = new();

    public FakeDeliveryReporter DeliveryReports { get; } = new();

    public FakePanelStore Panels { get; } = new();

    public FakePanelNotifier PanelNotifier { get; } = new();

    public FakePanelDraftStore Drafts => _drafts ??= new FakePanelDraftStore(Panels);

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public UpdateRecordingAdapter Adapter { get; }

    public CommandRouter Router => _services.GetRequiredService<CommandRouter>();

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        while (Adapter.ActiveQueue.Count > 0)
        {
            Adapter.ActiveQueue.Dequeue();
        }

        Adapter.Updated.Clear();

        // TestAdapter stamps its own conversation onto every activity: make it this activity's.
        activity.ChannelId = Channels.Msteams;
        Adapter.Conversation = activity.GetConversationReference();
        var bot = _services.GetRequiredService<IBot>();
        await Adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
        return Adapter.ActiveQueue.ToArray();
    }

    /// <summary>Runs the turn with the activity exactly as given (TestAdapter would renumber its id), for repeated-delivery tests.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="connector">A connector client for roster calls (TeamsInfo), when the turn makes them.</param>
    public async Task<IReadOnlyList<Activity>> SendAsIsAsync(Activity activity, IConnectorClient? connector = null)
    {
        while (Adapter.ActiveQueue.Count > 0)
        {
            Adapter.ActiveQueue.Dequeue();
        }

        Adapter.Updated.Clear();

        activity.ChannelId = Channels.Msteams;
        var bot = _services.GetRequiredService<IBot>();
        using var turn = new TurnContext(Adapter, activity);
        if (connector is not null)
        {
            turn.TurnState.Add(connector);
        }

        await bot.OnTurnAsync(turn, CancellationToken.None);
        return Adapter.ActiveQueue.ToArray();
    }

    public Task<IReadOnlyList<Activity>> SendTextAsync(string text, string conversationType = "personal") =>
        SendAsync(new Activity(ActivityTypes.Message)
        {
            Text = text,
            Conversation = new ConversationAccount(id: "conversation-1", conversationType: conversationType),
            From = new ChannelAccount("29:person", "A person"),
            Recipient = new ChannelAccount("28:bot", "ElcBot"),
        });

    public static JObject CardOf(Activity reply) => (JObject)reply.Attachments.Single().Content;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
