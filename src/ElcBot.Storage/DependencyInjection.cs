using Azure.Data.Tables;
using ElcBot.Core.Conversations;
using ElcBot.Core.State;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Storage.Embedded;
using ElcBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ElcBot.Storage;

/// <summary>Registers the Table Storage adapters.</summary>
public static class DependencyInjection
{
    public static IServiceCollection AddElcBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TableStorageOptions>().BindConfiguration(TableStorageOptions.SectionName)
            .Validate(o => TablePrefixRule.Allows(o.TablePrefix), TablePrefixRule.Problem)
            .ValidateOnStart();
        services.AddOptions<AzuriteOptions>().BindConfiguration(AzuriteOptions.SectionName);

        // With nothing configured, run against a local Azurite started with the host (never an in-memory stand-in).
        var storage = configuration.GetSection(TableStorageOptions.SectionName).Get<TableStorageOptions>() ?? new TableStorageOptions();
        string? embedded = null;
        if (storage.UsesEmbeddedEmulator)
        {
            var azurite = configuration.GetSection(AzuriteOptions.SectionName).Get<AzuriteOptions>() ?? new AzuriteOptions();
            embedded = AzuriteConnection.ForPort(azurite.Port);
            services.AddHostedService<EmbeddedAzuriteService>();
        }

        // One long-lived service client for the whole process, as the Azure SDK guidelines advise.
        services.AddSingleton(sp => TableServiceClientFactory.Create(sp.GetRequiredService<IOptions<TableStorageOptions>>().Value, embedded));
        services.AddSingleton<ElcTables>();
        services.AddSingleton<TableInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<TableInitializer>());

        services.AddSingleton<IStateDocumentStore, TableStateDocumentStore>();
        services.AddSingleton<ElcBot.Core.Reliability.IStorageFailures, TableStorageFailures>();
        services.AddSingleton<IConversationDirectory, TableConversationDirectory>();
        services.AddSingleton<ISummaryScheduleStore, TableSummaryScheduleStore>();
        services.AddSingleton<ISummaryRunLedger, TableSummaryRunLedger>();
        services.AddSingleton<ISummaryStore, TableSummaryStore>();
        services.AddSingleton<ElcBot.Core.Files.IPendingFileStore, TablePendingFileStore>();
        // Rounds, contributions and supports: the adapters behind the contribution use cases.
        services.AddSingleton<ContributorIndex>();
        // Every card action checks its round: a round found is kept for a moment (see RecentRoundsCache for what that allows).
        services.AddSingleton<TableRoundStore>();
        services.AddSingleton<ElcBot.Core.Rounds.IRoundStore, RecentRoundsCache>();
        // Lists shown on ideas pages are kept for a moment: a busy round's pages would otherwise each read every idea.
        services.AddSingleton<TableContributionStore>();
        services.AddSingleton<ElcBot.Core.Contributions.IContributionStore, ListedIdeasCache>();
        // Support counts likewise: an ideas page would otherwise query five ideas' supports, and each press one more.
        services.AddSingleton<TableSupportStore>();
        services.AddSingleton<ElcBot.Core.Contributions.ISupportStore>(sp =>
            new SupportCountsCache(sp.GetRequiredService<TableSupportStore>(), sp.GetRequiredService<TimeProvider>()));
        // Ideas lists posted in chats, so an erased idea's words can be taken out of them.
        services.AddSingleton<ElcBot.Core.Contributions.IPostedIdeaListStore, TablePostedIdeaListStore>();
        // "You said, we did": sealed contact addresses, facilitators' updates, and who was told.
        services.AddSingleton<ElcBot.Core.Updates.IContactStore, TableContactStore>();
        services.AddSingleton<ElcBot.Core.Updates.IUpdateStore, TableUpdateStore>();
        services.AddSingleton<ElcBot.Core.Updates.IUpdateReceipts, TableUpdateReceipts>();
        services.AddSingleton<ElcBot.Core.Updates.IPendingDeliveries, TablePendingDeliveries>();
        // Summaries read rounds, contributions and supports through their own ports, served from the same tables.
        services.AddSingleton<ElcBot.Core.Themes.IContributionVectorStore, ContributionVectorStore>();
        services.AddSingleton<StoredSummarySource>();
        services.AddSingleton<ISummarySource>(sp => sp.GetRequiredService<StoredSummarySource>());
        services.AddSingleton<ISummaryRounds>(sp => sp.GetRequiredService<StoredSummarySource>());
        // Review panels: members, the shared draft and its change log share one table, one partition per round.
        services.AddSingleton<ElcBot.Core.Panels.IPanelStore, TablePanelStore>();
        services.AddSingleton<ElcBot.Core.Panels.IPanelDraftStore, TablePanelDraftStore>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("table-storage");
        return services;
    }
}
