using System.Diagnostics;
using ElcBot.Cli.Data;
using ElcBot.Clustering.Embedding;
using ElcBot.Clustering.Grouping;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Cli.Bench;

/// <summary>Times clustering of stored vectors at 1,000, 10,000 and 50,000 rows, and the embedding rate.</summary>
public static class ScaleBench
{
    private static readonly int[] Sizes = [1_000, 10_000, 20_000, 50_000];

    public static async Task RunAsync(MiniLmTextEmbedder embedder, BenchArguments options, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{"vectors",8} {"themes",7} {"seconds",8} {"peak MB",8}");
        foreach (var size in Sizes)
        {
            var features = FeatureMatrix.FromVectors(SyntheticVectors(size, options.Seed));
            var clock = Stopwatch.StartNew();
            var outcome = ThemeClusterer.Cluster(features, null, options.Seed, 2, cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"{size,8:N0} {outcome.ThemeCount,7} {seconds,8:F2} {PeakMegabytes(),8:N0}");
        }

        var texts = SampleTexts(options);
        var started = Stopwatch.StartNew();
        await embedder.EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
        var rate = texts.Count / started.Elapsed.TotalSeconds;
        Console.WriteLine($"Embedding: {texts.Count:N0} texts in {started.Elapsed.TotalSeconds:F1} s = {rate:N0} texts/s (model load included); peak {PeakMegabytes():N0} MB");
    }

    // Stored-vector stand-ins: 40 topic directions in 384 dimensions with noise, giving MiniLM-like cosines (~0.3-0.6 within a topic).
    private static float[][] SyntheticVectors(int count, int seed)
    {
        var random = new Random(seed);
        var topics = Enumerable.Range(0, 40).Select(_ => VectorMath.Normalised(Gaussian(random, 384))).ToArray();
        return Enumerable.Range(0, count).Select(_ =>
        {
            var topic = topics[random.Next(topics.Length)];
            var noise = VectorMath.Normalised(Gaussian(random, 384));
            return VectorMath.Normalised(topic.Zip(noise, (t, n) => (0.7f * t) + (0.7f * n)).ToArray());
        }).ToArray();
    }

    private static float[] Gaussian(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))).ToArray();

    private static IReadOnlyList<string> SampleTexts(BenchArguments options)
    {
        if (options.Data is not null)
        {
            return LabelledTextReader.Read(options.Data, options.TextColumn, options.LabelColumn, options.LabelFile).Texts.Take(3000).ToArray();
        }

        var random = new Random(options.Seed);
        string[] words = ["the", "nurse", "was", "kind", "waiting", "time", "too", "long", "parking", "appointment", "letter", "staff", "helpful", "food", "cold", "ward", "clean", "noise", "night", "doctor", "explained", "clearly"];
        return Enumerable.Range(0, 3000).Select(_ => string.Join(' ', Enumerable.Range(0, 4 + random.Next(30)).Select(_ => words[random.Next(words.Length)]))).ToArray();
    }

    private static long PeakMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024 * 1024);
    }
}
