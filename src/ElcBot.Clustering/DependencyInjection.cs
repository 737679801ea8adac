using ElcBot.Clustering.Embedding;
using ElcBot.Core.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.Clustering;

/// <summary>Registers the theme engine, the embedder and the background embedding worker.</summary>
public static class DependencyInjection
{
    /// <summary>The worker and the backfill need the stores registered by the storage project.</summary>
    public static IServiceCollection AddElcBotThemes(this IServiceCollection services)
    {
        // One model per process: it is 90 MB and loads on first use, not at start-up.
        services.AddSingleton(_ => new MiniLmTextEmbedder());
        services.AddSingleton<ITextEmbedder>(sp => sp.GetRequiredService<MiniLmTextEmbedder>());

        // Stateless apart from the embedder, so one instance serves every summary.
        services.AddSingleton<IThemeEngine, ThemeEngine>();

        // New contributions are embedded off the request path; the queue is the only link between the two.
        services.AddSingleton<EmbeddingQueue>();
        services.AddSingleton<IPendingEmbeddings>(sp => sp.GetRequiredService<EmbeddingQueue>());
        services.AddHostedService<EmbeddingWorker>();
        services.AddHostedService<VectorBackfill>();
        return services;
    }
}
