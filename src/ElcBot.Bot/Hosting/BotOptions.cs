namespace ElcBot.Bot.Hosting;

/// <summary>Settings of the bot itself (the SDK reads its own MicrosoftApp* settings directly).</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Teams user ids (the aad object id or 29: id) who may facilitate in every team; Teams does not report team owners.</summary>
    public List<string> Facilitators { get; set; } = [];

    /// <summary>The largest request body /api/messages reads; Teams activities are a few kilobytes.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;
}
