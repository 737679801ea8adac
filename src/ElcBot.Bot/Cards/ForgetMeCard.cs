using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Privacy;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Asks before erasing everything a person shared, and then says how much was erased.</summary>
public static class ForgetMeCard
{
    public const string Title = "Delete all you've shared?";
    public const string DoneTitle = "All done.";
    /// <remarks>Also answers "No, keep it" on removing one story or idea, which took the list's place: so the way back to it.</remarks>
    public const string Kept = "OK. Nothing was deleted. Type **my contributions** to see what you've shared.";

    /// <remarks>Worded as how things stand, not "nothing to delete": a second press of "Yes" answers last, and must not read as a failure.</remarks>
    public const string NothingLeft = "Nothing you shared is kept now, so there was nothing to delete.";

    /// <summary>What an ideas list in the person's personal chat says once "forget me" has closed it.</summary>
    public const string IdeasListClosed = "This ideas list was closed when you asked me to forget you. Type **ideas** to see the ideas again.";

    /// <summary>Support is taken back, but the ideas it was given to are other people's and stay.</summary>
    public const string WhatGoes = "I will delete all your stories and ideas, and take back your support for other people's ideas (their ideas stay). You can't get any of it back.";

    public static JsonObject Build() => Card(
        Heading(Title),
        Text(WhatGoes),
        Text("I will also stop any updates, close the ideas lists in our chat, and forget how to reach you."),
        Text("If you are on a review panel, I will take you off it. The changes you made stay, but your name goes."))
        .WithActions(
            Execute("Yes, delete it all", CardActionNames.ConfirmForget, style: "destructive"),
            Execute("No, keep it", CardActionNames.CancelForget).WithoutInputs());

    public static JsonObject Done(ErasedCounts erased) => Card(
        Heading(DoneTitle),
        Text(erased.Total == 0
            ? NothingLeft
            : $"I deleted {Count(erased.Total, "thing", "things")}: {Count(erased.Stories, "story", "stories")}, {Count(erased.Ideas, "idea", "ideas")} and {Count(erased.Supports, "support", "supports")}."),
        Text("Thank you for what you gave while you were here.", subtle: true));

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
