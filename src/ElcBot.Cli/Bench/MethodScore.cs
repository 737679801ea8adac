using System.Text.Json.Serialization;

namespace ElcBot.Cli.Bench;

/// <summary>One method's row in the benchmark table.</summary>
public sealed record MethodScore(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("clusters")] int Clusters,
    [property: JsonPropertyName("nmi")] double Nmi,
    [property: JsonPropertyName("ari")] double Ari,
    [property: JsonPropertyName("accuracy")] double Accuracy,
    [property: JsonPropertyName("seconds")] double Seconds);

/// <summary>The --json line.</summary>
public sealed record BenchReport(
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("labels")] int Labels,
    [property: JsonPropertyName("methods")] IReadOnlyList<MethodScore> Methods);
