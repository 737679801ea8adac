using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Hosting;

/// <summary>The parts of an activity without which the bot cannot answer it, read it or file what it says.</summary>
/// <remarks>
/// Checked once the caller is authenticated and before the SDK builds a connector for the reply. Each check stands for
/// a server error seen under fuzzing: the SDK fails on a missing or malformed serviceUrl, its replies fail on ids that
/// cannot travel in a URL or header (real Teams ids are short printable ASCII), and its Teams dispatch throws on
/// channel data or invoke and event values that are not the shape Teams sends.
/// </remarks>
public static class ActivityEnvelope
{
    /// <summary>Real Teams ids are under 200 characters; anything near this is not one.</summary>
    public const int MaxIdLength = 1024;

    /// <summary>The activity names whose value the SDK's Teams dispatch reads into a type, and that type.</summary>
    private static readonly Dictionary<string, Type> ValueShapes = new(StringComparer.Ordinal)
    {
        ["fileConsent/invoke"] = typeof(FileConsentCardResponse),
        ["actionableMessage/executeAction"] = typeof(O365ConnectorCardActionQuery),
        ["composeExtension/queryLink"] = typeof(AppBasedLinkQuery),
        ["composeExtension/anonymousQueryLink"] = typeof(AppBasedLinkQuery),
        ["composeExtension/query"] = typeof(MessagingExtensionQuery),
        ["composeExtension/querySettingUrl"] = typeof(MessagingExtensionQuery),
        ["composeExtension/submitAction"] = typeof(MessagingExtensionAction),
        ["composeExtension/fetchTask"] = typeof(MessagingExtensionAction),
        ["task/fetch"] = typeof(TaskModuleRequest),
        ["task/submit"] = typeof(TaskModuleRequest),
        ["tab/fetch"] = typeof(TabRequest),
        ["tab/submit"] = typeof(TabSubmit),
        ["application/vnd.microsoft.readReceipt"] = typeof(ReadReceiptInfo),
        ["application/vnd.microsoft.meetingStart"] = typeof(MeetingStartEventDetails),
        ["application/vnd.microsoft.meetingEnd"] = typeof(MeetingEndEventDetails),
        ["application/vnd.microsoft.meetingParticipantJoin"] = typeof(MeetingParticipantsEventDetails),
        ["application/vnd.microsoft.meetingParticipantLeave"] = typeof(MeetingParticipantsEventDetails),
    };

    /// <returns>Why the activity cannot be handled, or null when it can.</returns>
    public static string? Problem(Activity activity)
    {
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "no usable serviceUrl";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId) || !IsProtocolId(activity.ChannelId))
        {
            return "no usable channelId";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || !IsProtocolId(activity.Conversation.Id))
        {
            return "no usable conversation id";
        }

        if (activity.Id is not null && !IsProtocolId(activity.Id))
        {
            return "no usable activity id";
        }

        if (activity.ChannelData is not null && !Reads(() => activity.GetChannelData<TeamsChannelData>()))
        {
            return "channelData not in the Teams shape";
        }

        if (activity.Type is ActivityTypes.Invoke or ActivityTypes.Event && activity.Name is { } name
            && ValueShapes.TryGetValue(name, out var shape) && !Reads(() => JObject.FromObject(activity.Value).ToObject(shape)))
        {
            return "value not in the shape its name needs";
        }

        return null;
    }

    private static bool IsProtocolId(string id) => id.Length <= MaxIdLength && id.All(c => c is >= ' ' and <= '~');

    private static bool Reads(Func<object?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or InvalidCastException or ArgumentException or FormatException or OverflowException)
        {
            return false;
        }
    }
}

/// <summary>An activity the bot refuses to handle (answered 400), with the reason.</summary>
public sealed class ActivityRejectedException(string reason) : Exception($"The activity was refused: {reason}.")
{
    public string Reason { get; } = reason;
}
