using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Peers;

/// <summary>
/// Teams-shaped activities from the people of one team channel, for tests that post over HTTP: the same shape Teams
/// sends (ids, tenant, team and channel in channelData), so the bot's checks of where a turn comes from are exercised.
/// </summary>
/// <remarks>A person "sam" is Teams user 29:sam with Entra id aad-sam, and personal chat a:sam.</remarks>
public sealed class TeamsActivities(string serviceUrl, string tenant, string team, string channel, string botId = "28:bot")
{
    /// <summary>How a person's name is shown; by default their short id as it is.</summary>
    public Func<string, string> NameOf { get; init; } = person => person;

    /// <summary>A message (no text yet) in the team channel.</summary>
    public JObject InChannel(string person) => Activity(person,
        new { id = channel, conversationType = "channel", tenantId = tenant, isGroup = true },
        new { team = new { id = team }, tenant = new { id = tenant }, channel = new { id = channel } });

    /// <summary>A message (no text yet) in the person's personal chat with the bot; a guest's home tenant may be given.</summary>
    public JObject Personal(string person, string? homeTenant = null) => Activity(person,
        new { id = $"a:{person}", conversationType = "personal", tenantId = homeTenant ?? tenant },
        new { tenant = new { id = homeTenant ?? tenant } });

    /// <summary>A text message in the team channel.</summary>
    public JObject ChannelMessage(string person, string text) => WithText(InChannel(person), text);

    /// <summary>A text message in the person's personal chat.</summary>
    public JObject PersonalMessage(string person, string text) => WithText(Personal(person), text);

    private static JObject WithText(JObject activity, string text)
    {
        activity["text"] = text;
        return activity;
    }

    private JObject Activity(string person, object conversation, object channelData) => JObject.FromObject(new
    {
        type = "message",
        id = Guid.NewGuid().ToString("N"),
        channelId = "msteams",
        serviceUrl,
        from = new { id = $"29:{person}", name = NameOf(person), aadObjectId = $"aad-{person}" },
        recipient = new { id = botId, name = "ElcBot" },
        conversation,
        channelData,
    });
}
