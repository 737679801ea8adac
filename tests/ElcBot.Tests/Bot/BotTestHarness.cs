using ElcBot.Bot;
using ElcBot.Bot.Commands;
using ElcBot.Core.Conversations;
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

    public BotTestHarness()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddElcBot(configuration);
        // Turn tests do not exercise storage; the Azurite-backed IStorage is covered by the integration tests.
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<IConversationDirectory>(Conversations);
        services.AddSingleton<ElcBot.Core.Files.IPendingFileStore>(new FakePendingFileStore());
        _services = services.BuildServiceProvider();
        Adapter = new TestAdapter(Channels.Msteams);
    }

    public FakeConversationDirectory Conversations { get; } = new();

    public TestAdapter Adapter { get; }

    public CommandRouter Router => _services.GetRequiredService<CommandRouter>();

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        while (Adapter.ActiveQueue.Count > 0)
        {
            Adapter.ActiveQueue.Dequeue();
        }

        // TestAdapter stamps its own conversation onto every activity: make it this activity's.
        activity.ChannelId = Channels.Msteams;
        Adapter.Conversation = activity.GetConversationReference();
        var bot = _services.GetRequiredService<IBot>();
        await Adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
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
