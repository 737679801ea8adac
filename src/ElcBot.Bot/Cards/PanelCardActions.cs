namespace ElcBot.Bot.Cards;

/// <summary>The action names the review panel's cards carry.</summary>
public static class PanelCardActions
{
    public const string SetRole = "panel.role";
    public const string ShowDraft = "panel.draft";
    public const string ShowTheme = "panel.theme";
    public const string Rename = "panel.rename";
    public const string MarkWrong = "panel.wrong";
    public const string Merge = "panel.merge";
    public const string Split = "panel.split";
    public const string Approve = "panel.approve";
    public const string Publish = "panel.publish";
    public const string ShowLog = "panel.log";

    /// <summary>The buttons a panel member presses on a draft.</summary>
    public static readonly IReadOnlyList<string> DraftActions = [ShowDraft, ShowTheme, Rename, MarkWrong, Merge, Split, Approve];
}
