namespace ElcBot.Bot.Commands;

/// <summary>A word people type to the bot, with the plain-English line the help card shows for it.</summary>
/// <param name="Name">What people type, in lower case.</param>
/// <param name="Description">One short line for the help card and the Teams command menu.</param>
/// <param name="FacilitatorsOnly">Only shown to and allowed for facilitators.</param>
/// <param name="PersonalChatOnly">Works only in a direct chat with the bot (elsewhere it asks to be typed there).</param>
public sealed record BotCommand(string Name, string Description, bool FacilitatorsOnly = false, bool PersonalChatOnly = false);
