namespace ElcBot.Bot.Cards;

/// <summary>The action names a summary card carries.</summary>
public static class SummaryCardActions
{
    public const string ThemeIdeas = "summaryThemeIdeas";
    public const string Spreadsheet = "summarySpreadsheet";
    public const string AllThemes = "summaryAllThemes";
}
