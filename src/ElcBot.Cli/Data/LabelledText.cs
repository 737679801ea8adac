namespace ElcBot.Cli.Data;

/// <summary>Texts with their true labels, as read from a benchmark file.</summary>
public sealed record LabelledText(IReadOnlyList<string> Texts, IReadOnlyList<string> Labels);
