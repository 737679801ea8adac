namespace ElcBot.Core.Imports;

/// <summary>The lines of a file one row was read from: more than one when a quoted text runs over line breaks.</summary>
public readonly record struct FileLines(int First, int Last)
{
    public static FileLines One(int line) => new(line, line);

    /// <summary>The numbers alone: "12", or "12-14" for a row over several lines, for a list of rows.</summary>
    public string Numbers => First == Last ? $"{First}" : $"{First}-{Last}";

    /// <summary>"line 12", or "lines 12-14" for a row over several lines: where an operator starts looking.</summary>
    public override string ToString() => First == Last ? $"line {Numbers}" : $"lines {Numbers}";
}
