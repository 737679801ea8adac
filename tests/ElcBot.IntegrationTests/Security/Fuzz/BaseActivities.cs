using ElcBot.Bot.Cards;
using ElcBot.IntegrationTests.Peers;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Security.Fuzz;

/// <summary>Well-formed starting points for the fuzzer: every real Teams payload, card submissions and invokes.</summary>
public static class BaseActivities
{
    /// <summary>Action names the bot knows, and some it does not.</summary>
    public static readonly string[] ActionNames =
    [
        SummaryCardActions.ThemeIdeas, SummaryCardActions.AllThemes, SummaryCardActions.Spreadsheet,
        SummariesListCard.ShowAction, RoundChoiceCard.Action,
        "", " ", "unknownAction", "SUMMARYSHOW", "summaryShow ", "../../admin", "<script>", "elcAction",
    ];

    private static readonly string[] InvokeNames =
    [
        "adaptiveCard/action", "fileConsent/invoke", "task/fetch", "task/submit", "composeExtension/query",
        "signin/verifyState", "actionableMessage/executeAction", "healthCheck", "", "nonsense/x",
    ];

    private static readonly string[] EventNames =
    [
        "application/vnd.microsoft.readReceipt", "application/vnd.microsoft.meetingStart", "application/vnd.microsoft.meetingEnd",
        "application/vnd.microsoft.meetingParticipantJoin", "application/vnd.microsoft.meetingParticipantLeave", "unknownEvent",
    ];

    public static IReadOnlyList<JObject> All(string serviceUrl, Random random)
    {
        var list = TeamsFixtures.Names.Select(name => TeamsFixtures.Load(name, serviceUrl)).ToList();
        var message = TeamsFixtures.Load("message_personal_chat_full_inbound_msteams-docs.json", serviceUrl);
        foreach (var action in ActionNames)
        {
            list.Add(CardSubmit(message, action, random));
        }

        foreach (var name in InvokeNames)
        {
            list.Add(Invoke(message, name, random));
        }

        foreach (var name in EventNames)
        {
            var meetingEvent = (JObject)message.DeepClone();
            meetingEvent["type"] = "event";
            meetingEvent["name"] = name;
            meetingEvent["value"] = new JObject { ["Id"] = "meeting-1", ["JoinUrl"] = "https://example.org/join", ["StartTime"] = "2026-11-26T10:00:00Z", ["members"] = new JArray() };
            list.Add(meetingEvent);
        }

        foreach (var type in new[] { "messageUpdate", "messageDelete" })
        {
            var changed = (JObject)message.DeepClone();
            changed["type"] = type;
            changed["channelData"]!["eventType"] = type == "messageUpdate" ? "editMessage" : "softDeleteMessage";
            list.Add(changed);
        }

        return list;
    }

    private static JObject CardSubmit(JObject message, string action, Random random)
    {
        var submit = (JObject)message.DeepClone();
        submit.Remove("text");
        submit["value"] = new JObject
        {
            [CardActionData.ActionKey] = action,
            ["roundId"] = random.Next(3) == 0 ? null : $"round-{random.Next(100)}",
            ["summaryId"] = $"summary/{random.Next(100)}",
            ["themeId"] = random.Next(5),
        };
        return submit;
    }

    private static JObject Invoke(JObject message, string name, Random random)
    {
        var invoke = (JObject)message.DeepClone();
        invoke["type"] = "invoke";
        invoke["name"] = name;
        invoke.Remove("text");
        invoke["value"] = name switch
        {
            "adaptiveCard/action" => new JObject
            {
                ["action"] = new JObject
                {
                    ["type"] = "Action.Execute",
                    ["verb"] = ActionNames[random.Next(ActionNames.Length)],
                    ["data"] = new JObject { [CardActionData.ActionKey] = ActionNames[random.Next(ActionNames.Length)] },
                },
                ["trigger"] = "manual",
            },
            "fileConsent/invoke" => new JObject
            {
                ["type"] = "fileUpload",
                ["action"] = random.Next(2) == 0 ? "accept" : "decline",
                ["context"] = new JObject { ["fileId"] = $"file-{random.Next(100)}" },
                ["uploadInfo"] = new JObject
                {
                    ["name"] = "ideas.csv",
                    ["uploadUrl"] = random.Next(2) == 0 ? "http://127.0.0.1:9/upload" : "not a url",
                    ["contentUrl"] = "https://example.org/ideas.csv",
                    ["uniqueId"] = "x",
                    ["fileType"] = "csv",
                },
            },
            _ => new JObject { ["anything"] = random.Next() },
        };
        return invoke;
    }
}
