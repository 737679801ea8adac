using ElcBot.Core.Contributions;

namespace ElcBot.Core.Themes;

/// <summary>Embeds and stores every contribution of a round that has no vector yet, a chunk at a time.</summary>
/// <remarks>
/// For the operator's import, which writes straight to storage and so bypasses the service's background queue:
/// without this, the round's next summary would embed everything imported while a facilitator waits. Each chunk is
/// stored before the next is embedded, so stopping part-way keeps what was done.
/// </remarks>
public sealed class MissingVectors(IContributionStore contributions, ITextEmbedder embedder, IContributionVectorStore vectors)
{
    /// <summary>Texts embedded at once: a few seconds of work, so progress moves and a stop loses little.</summary>
    public const int ChunkSize = 256;

    /// <summary>Stores at once: quick on a large import, gentle on Table Storage.</summary>
    private const int WritesAtOnce = 8;

    /// <param name="roundId">The round.</param>
    /// <param name="progress">Told how many are done, of how many, before the first chunk and after each.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many vectors were made and stored.</returns>
    public async Task<int> FillAsync(string roundId, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var missing = await ListMissingAsync(roundId, cancellationToken).ConfigureAwait(false);
        var done = 0;
        progress?.Report((0, missing.Count));
        foreach (var chunk in missing.Chunk(ChunkSize))
        {
            var made = await embedder.EmbedAsync(chunk.Select(c => c.Text).ToArray(), cancellationToken).ConfigureAwait(false);
            var options = new ParallelOptions { MaxDegreeOfParallelism = WritesAtOnce, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, chunk.Length), options, async (i, token) =>
                await vectors.SaveVectorAsync(roundId, chunk[i].Id, made[i], token).ConfigureAwait(false)).ConfigureAwait(false);
            done += chunk.Length;
            progress?.Report((done, missing.Count));
        }

        return done;
    }

    private async Task<IReadOnlyList<Contribution>> ListMissingAsync(string roundId, CancellationToken cancellationToken) =>
        (await contributions.ListAsync(roundId, null, cancellationToken).ConfigureAwait(false)).Where(c => c.Vector is not { Length: > 0 }).ToArray();
}
