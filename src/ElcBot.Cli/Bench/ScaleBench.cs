using System.Diagnostics;
using System.Globalization;
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
        Console.WriteLine($"Load average at start {LoadAverage()} on {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"vectors",8} {"themes",7} {"seconds",8} {"peak MB",8}");
        foreach (var size in Sizes)
        {
            var features = FeatureMatrix.FromVectors(SyntheticVectors(size, options.Seed));
            var clock = Stopwatch.StartNew();
            var outcome = ThemeClusterer.Cluster(features, null, options.Seed, 2, cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"{size,8:N0} {outcome.ThemeCount,7} {seconds,8:F2} {PeakMegabytes(),8:N0}");
        }

        await EmbeddingRateAsync(embedder, SampleTexts(options), cancellationToken).ConfigureAwait(false);
    }

    // Model load and steady embedding are reported apart: the service loads once and then embeds for weeks.
    // Three timed runs, as the host is shared and one run can land on someone else's build.
    private static async Task EmbeddingRateAsync(MiniLmTextEmbedder embedder, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        embedder.LoadModel();
        await embedder.EmbedAsync(texts.Take(MiniLmTextEmbedder.BatchSize).ToArray(), cancellationToken).ConfigureAwait(false);
        var load = clock.Elapsed.TotalSeconds;
        var runs = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            clock.Restart();
            await embedder.EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
            runs.Add(clock.Elapsed.TotalSeconds);
        }

        var median = runs.Order().ElementAt(1);
        var rates = string.Join(", ", runs.Select(s => (texts.Count / s).ToString("N0", CultureInfo.InvariantCulture)));
        Console.WriteLine($"Embedding: model load and first batch {load:F1} s; {texts.Count:N0} texts in {median:F1} s = {texts.Count / median:N0} texts/s steady (median of 3 runs: {rates}/s); " +
            $"first run with the load {texts.Count / (load + runs[0]):N0} texts/s; peak {PeakMegabytes():N0} MB; load average {LoadAverage()}");
    }

    // What else the machine was doing: the 1, 5 and 15 minute load averages (Linux only).
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

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
