namespace ElcBot.Core.Imports;

/// <summary>The lines of a file one row was read from: more than one when a quoted text runs over line breaks.</summary>
public readonly record struct FileLines(int First, int Last)
{
    public static FileLines One(int line) => new(line, line);

    /// <summary>"line 12", or "lines 12-14" for a row over several lines: where an operator starts looking.</summary>
    public override string ToString() => First == Last ? $"line {First}" : $"lines {First}-{Last}";
}
