using System.Text.Json.Nodes;
using ElcBot.Core.Contributions;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>A short card that takes the place of a pressed card when the action could not go ahead.</summary>
public static class NoticeCard
{
    public const string RoundUnknown = "I can't find that round. It may have been removed.";
    public const string RoundClosed = "This round is closed, so it can't take new stories, ideas or support. Everything shared is kept.";
    public const string NotAllowed = "Sorry, this button belongs to a different team or chat.";
    public const string NotFacilitator = ElcBot.Bot.Facilitation.FacilitatorReplies.NotAllowed;
    public const string NoOpenRound = "There's no open round here right now. A facilitator can type **start round**.";
    public const string PersonalOnly = "I keep this private. Please send me a direct message and type it there.";
    public const string StartInTeam = "Rounds are started in a team channel or group chat. Please type **start round** there.";
    public const string UnknownPerson = "Sorry, I can't tell who you are in this chat, so I can't save anything.";
    public const string StaleButton = "Sorry, that button doesn't work any more. Type **help** to see what I can do.";

    public static JsonObject Build(string message) => Card(Text(message));

    public static string For(ShareOutcome outcome) => outcome switch
    {
        ShareOutcome.RoundClosed => RoundClosed,
        ShareOutcome.NotAllowed => NotAllowed,
        _ => RoundUnknown,
    };

    public static string For(SupportOutcome outcome) => outcome switch
    {
        SupportOutcome.RoundClosed => RoundClosed,
        SupportOutcome.NotAllowed => NotAllowed,
        SupportOutcome.IdeaUnknown => "That idea is no longer here.",
        _ => RoundUnknown,
    };
}
