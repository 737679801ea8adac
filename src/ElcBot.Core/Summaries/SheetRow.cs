namespace ElcBot.Core.Summaries;

/// <summary>One contribution as a row of the facilitators' spreadsheet.</summary>
public sealed record SheetRow(
    string Id,
    string Kind,
    string Text,
    string Role,
    string Consent,
    string Theme,
    int Supports,
    DateTimeOffset SharedAt,
    bool Imported);
