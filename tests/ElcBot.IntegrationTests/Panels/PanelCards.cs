using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;
using ElcBot.IntegrationTests.Peers;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>Finds the panel's cards among what the bot sent, and makes the presses a member sends back.</summary>
public static class PanelCards
{
    /// <summary>Every card sent with this title, in order.</summary>
    public static JObject[] Sent(RecordingConnector connector, string title) => connector.SentActivities
        .Where(a => a.SelectToken("attachments[0].content.body[0].text")?.ToString() == title).ToArray();

    /// <summary>Draft cards sent to one member's personal chat (each is refreshed for its reader only).</summary>
    public static JObject[] DraftsFor(RecordingConnector connector, string userId) => Sent(connector, PanelDraftCard.Title)
        .Where(a => a.SelectToken("attachments[0].content.refresh.userIds[0]")?.ToString() == userId).ToArray();

    /// <summary>Waits up to a minute for <paramref name="count"/> matches (a busy machine builds summaries slowly).</summary>
    public static async Task<JObject[]> WaitForAsync(Func<JObject[]> find, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (find().Length < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return find();
    }

    /// <summary>What pressing a button on the draft sends, as a card built for that draft would.</summary>
    public static JObject Press(PanelDraft draft, string action, object? fields = null)
    {
        var data = fields is null ? [] : JObject.FromObject(fields);
        data["elcAction"] = action;
        data["roundId"] = draft.RoundId;
        data["draftId"] = draft.DraftId;
        return data;
    }

    /// <summary>The data of the Approve button on a sent draft card: pressing it sends exactly this.</summary>
    public static JObject ApproveOn(JObject sent) => (JObject)sent.SelectToken($"attachments[0].content.actions[?(@.verb == '{PanelCardActions.Approve}')].data")!;
}
