using System.Text.Json;
using ElcBot.Cli.Data;
using ElcBot.Cli.Operations;
using ElcBot.Clustering.Embedding;

namespace ElcBot.Cli.Bench;

/// <summary>Measures the theme engine against labelled data beside a TF-IDF + k-means baseline, or times it at scale.</summary>
public sealed class BenchThemesVerb : ICliVerb
{
    public string Name => "bench themes";

    public string Summary => "Score theme clustering on labelled texts (NMI, ARI, accuracy, seconds), or --scale.";

    public string Usage => BenchArguments.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (Options.Parse(BenchArguments.Parse, args, BenchArguments.Usage) is not { } options)
        {
            return 2;
        }

        if (options.Scale)
        {
            using var scaleEmbedder = new MiniLmTextEmbedder();
            await ScaleBench.RunAsync(scaleEmbedder, options, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        // The data file is read before the model loads, so a wrong column name is reported at once.
        var data = LabelledTextReader.Read(options.Data!, options.TextColumn, options.LabelColumn, options.LabelFile);
        using var embedder = new MiniLmTextEmbedder();
        var labelIds = data.Labels.Distinct().Order(StringComparer.Ordinal).Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var truth = data.Labels.Select(l => labelIds[l]).ToArray();
        Console.Error.WriteLine($"{data.Texts.Count:N0} texts, {labelIds.Count} labels from {options.Data}");
        var vectors = await VectorCache.GetOrEmbedAsync(data.Texts, embedder, cancellationToken).ConfigureAwait(false);

        var k = labelIds.Count;
        var seed = options.Seed;
        MethodScore[] methods =
        [
            BenchMethods.Score("engine-auto", truth, () => BenchMethods.Engine(data.Texts, vectors, null, seed, cancellationToken)),
            BenchMethods.Score("engine-true-k", truth, () => BenchMethods.Engine(data.Texts, vectors, k, seed, cancellationToken)),
            BenchMethods.Score("tfidf-kmeans", truth, () => BenchMethods.TfIdfKMeans(data.Texts, k, seed, cancellationToken)),
        ];

        PrintTable(data.Texts.Count, k, methods);
        Console.WriteLine($"Week-to-week stability (engine-auto, 2% new items): {Stability(data.Texts, vectors, seed, cancellationToken):P1} of pairs kept together");
        if (options.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new BenchReport(data.Texts.Count, k, methods)));
        }

        return 0;
    }

    private static void PrintTable(int rows, int labels, IReadOnlyList<MethodScore> methods)
    {
        Console.WriteLine($"rows {rows:N0}, labels {labels}");
        Console.WriteLine($"{"method",-14} {"clusters",8} {"NMI",7} {"ARI",7} {"accuracy",8} {"seconds",8}");
        foreach (var m in methods)
        {
            Console.WriteLine($"{m.Name,-14} {m.Clusters,8} {m.Nmi,7:F3} {m.Ari,7:F3} {m.Accuracy,8:F3} {m.Seconds,8:F2}");
        }
    }

    // Last week's round is this week's without a random 2 %; compare the themes of the items both rounds share.
    private static double Stability(IReadOnlyList<string> texts, IReadOnlyList<float[]> vectors, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed + 1);
        var earlier = Enumerable.Range(0, texts.Count).Where(_ => random.NextDouble() >= 0.02).ToArray();
        var before = BenchMethods.Engine(earlier.Select(i => texts[i]).ToArray(), earlier.Select(i => vectors[i]).ToArray(), null, seed, cancellationToken);
        var after = BenchMethods.Engine(texts, vectors, null, seed, cancellationToken);
        return BenchMethods.PairsKeptTogether(before, earlier.Select(i => after[i]).ToArray());
    }
}
