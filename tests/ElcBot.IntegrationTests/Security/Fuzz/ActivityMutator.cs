using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Security.Fuzz;

/// <summary>Makes malformed requests from well-formed activities; the same seed always makes the same cases.</summary>
public sealed class ActivityMutator(int seed, string serviceUrl)
{
    private const string DeepMarker = "__deep__";

    private static readonly string[] Types =
        ["message", "invoke", "event", "conversationUpdate", "installationUpdate", "messageReaction", "typing", "endOfConversation", "MESSAGE", "unknown", " "];

    private static readonly string[] AwkwardIds = ["a/b", "a\\b", "a#b", "a?b", "../../x", "%2F", "?#/\\", "x\u0000y", "\ud800", "19:x@thread.tacv2/../y", "  "];

    private static readonly string[] Required = ["conversation", "from", "recipient", "type", "channelId", "serviceUrl", "id", "channelData", "conversation.id", "from.id"];

    private readonly Random _random = new(seed);

    public IEnumerable<FuzzCase> Cases(int count)
    {
        var bases = BaseActivities.All(serviceUrl, _random);
        for (var i = 0; i < count; i++)
        {
            var activity = (JObject)bases[_random.Next(bases.Count)].DeepClone();
            activity["conversation"] = activity["conversation"] as JObject ?? new JObject();
            activity["conversation"]!["id"] = $"19:fuzz{i}-{Guid.NewGuid():N}@thread.tacv2";
            var steps = new List<string>();
            for (var m = _random.Next(1, 4); m > 0; m--)
            {
                steps.Add(Mutate(activity));
            }

            var conversationId = activity["conversation"] is JObject c && c["id"] is JValue { Type: JTokenType.String } id ? (string)id! : null;
            var isInvoke = activity["type"] is JValue { Type: JTokenType.String } t && (string)t! == "invoke";
            var (body, bodyStep) = Serialise(activity);
            steps.Add(bodyStep);
            var contentType = _random.Next(20) switch { 0 => null, 1 => "text/plain", 2 => "application/xml", _ => "application/json" };
            yield return new FuzzCase(i, string.Join("; ", steps.Where(s => s.Length > 0)), body, contentType, conversationId, isInvoke);
        }
    }

    private string Mutate(JObject activity)
    {
        var tokens = activity.Descendants().Where(t => t.Parent is JProperty or JArray).ToList();
        var target = tokens[_random.Next(tokens.Count)];
        var at = target.Path;
        switch (_random.Next(13))
        {
            case 0:
                Replace(target, WrongType());
                return $"wrong type at {at}";
            case 1:
                Replace(target, JValue.CreateNull());
                return $"null at {at}";
            case 2:
                var path = Required[_random.Next(Required.Length)];
                activity.SelectToken(path)?.Parent?.Remove();
                return $"removed {path}";
            case 3:
                Replace(target, new string(Pick("x", "é", "\u00a0", "<at>", "\ud83d\ude00")[0], _random.Next(10_000, 120_000)));
                return $"huge string at {at}";
            case 4:
                Replace(target, "\u0000\u0001\u001b[31m\u007f\u0085\u2028\u2029\u202e\ufeff" + target);
                return $"control characters at {at}";
            case 5:
                var text = target.Type == JTokenType.String ? (string)target! : "text";
                var cut = _random.Next(text.Length + 1);
                Replace(target, text[..cut] + Pick("\ud800", "\udfff", "\udbff\udbff") + text[cut..]);
                return $"lone surrogate at {at}";
            case 6:
                var idPath = Pick("conversation.id", "from.id", "recipient.id", "id", "replyToId", "channelData.team.id", "channelData.tenant.id", "from.aadObjectId");
                var value = AwkwardIds[_random.Next(AwkwardIds.Length)] + (idPath == "conversation.id" ? Guid.NewGuid().ToString("N") : string.Empty);
                SetPath(activity, idPath, value);
                return $"{idPath} = {JsonConvert.ToString(value)}";
            case 7:
                activity["value"] = new JObject
                {
                    [Bot.Cards.CardActionData.ActionKey] = _random.Next(3) == 0 ? WrongType() : BaseActivities.ActionNames[_random.Next(BaseActivities.ActionNames.Length)],
                    ["roundId"] = WrongType(),
                    ["summaryId"] = _random.Next(2) == 0 ? "../x" : WrongType(),
                };
                return "card action with odd data";
            case 8:
                activity["value"] = DeepMarker;
                return "deep nesting in value";
            case 9:
                activity["type"] = Types[_random.Next(Types.Length)];
                return $"type = {activity["type"]}";
            case 10:
                activity["entities"] = JArray.Parse("""[{"type":"mention","mentioned":5,"text":null},7,null,"x",{"type":"mention","mentioned":{"id":null}},{"type":null}]""");
                return "malformed entities";
            case 11:
                activity["membersAdded"] = JArray.Parse("""[null,{"id":null},{"id":5},7,{"id":"28:x"}]""");
                activity["membersRemoved"] = WrongType();
                return "malformed members";
            default:
                activity["text"] = Pick("help", "<at>Bot</at> help", "HELP", "help me please", "<at>", "</at>help<at>", "\t\n", string.Empty) + Pick(string.Empty, "\u0000", "\ud800", new string(' ', 5000));
                return "odd text";
        }
    }

    private (byte[] Body, string Step) Serialise(JObject activity)
    {
        // Escaping non-ASCII sends lone surrogates as \uD800, which the server decodes back into lone surrogates.
        var settings = new JsonSerializerSettings { StringEscapeHandling = _random.Next(2) == 0 ? StringEscapeHandling.EscapeNonAscii : StringEscapeHandling.Default };
        var json = JsonConvert.SerializeObject(activity, settings);
        if (json.Contains(DeepMarker, StringComparison.Ordinal))
        {
            var depth = Pick(10, 127, 128, 129, 1_000, 20_000);
            json = json.Replace($"\"{DeepMarker}\"", new string('[', depth) + new string(']', depth), StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        return _random.Next(20) switch
        {
            0 => (bytes[.._random.Next(bytes.Length)], "truncated"),
            1 => (Encoding.UTF8.GetBytes(json + "}}]]garbage"), "trailing garbage"),
            2 => (Encoding.UTF8.GetBytes(Pick("", "null", "[]", "\"message\"", "42", "{", "not json at all", "{\"type\":\"message\"}", "{\"type\":\"message\",\"type\":7}")), "not an activity"),
            3 => (bytes.Take(bytes.Length / 2).Concat(new byte[] { 0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80 }).Concat(bytes.Skip(bytes.Length / 2)).ToArray(), "invalid UTF-8"),
            4 => (new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray(), "byte order mark"),
            _ => (bytes, string.Empty),
        };
    }

    private JToken WrongType() => _random.Next(9) switch
    {
        0 => 123,
        1 => -1.5e308,
        2 => true,
        3 => new JArray(),
        4 => new JObject(),
        5 => JArray.Parse("""[1,"x",null,{}]"""),
        6 => JObject.Parse("""{"a":null,"id":{"id":{}}}"""),
        7 => "string",
        _ => JValue.CreateNull(),
    };

    private T Pick<T>(params T[] choices) => choices[_random.Next(choices.Length)];

    private static void Replace(JToken target, JToken value)
    {
        if (target.Parent is JProperty property)
        {
            property.Value = value;
        }
        else
        {
            target.Replace(value);
        }
    }

    private static void SetPath(JObject activity, string path, string value)
    {
        var parts = path.Split('.');
        JObject current = activity;
        foreach (var part in parts[..^1])
        {
            current = current[part] as JObject ?? (JObject)(current[part] = new JObject());
        }

        current[parts[^1]] = value;
    }
}
