using System.Text.Json.Nodes;
using ElcBot.Core.Updates;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Takes the place of the update form: what was sent, and how many people it reached.</summary>
public static class UpdateSentCard
{
    public const string Title = "Update sent";

    public const string SendingTitle = "Update saved";

    public const string SendingNow = "I'm telling the people who asked to hear about this now. I'll post here when it's done.";

    /// <summary>For a large theme: the update is kept and the messages are going out; a note follows when they are done.</summary>
    public static JsonObject Sending(ProgressUpdate update, string? subjectText) => Card(
        Heading(SendingTitle),
        Words(StatusWords.Subject(update.Subject, subjectText), weight: "Bolder"),
        Words(StatusWords.Line(update.Status, update.Text)),
        Text(SendingNow),
        Text("The next summary will show this update too.", subtle: true));

    public static JsonObject Build(ProgressUpdate update, DeliveryReport report) => Card(
        Heading(Title),
        Words(StatusWords.Subject(update.Subject, report.SubjectText), weight: "Bolder"),
        Words(StatusWords.Line(update.Status, update.Text)),
        Text(Reach(report)),
        Text("The next summary will show this update too.", subtle: true));

    public static string Reach(DeliveryReport report) => report switch
    {
        { AskedToHear: 0 } => "Nobody asked to hear about this, so I sent no messages.",
        { StillSending: > 0, Told: var told, AskedToHear: var asked } => $"I've told {told} of the {People(asked)} who asked to hear about this so far. An earlier press is still telling the others.",
        { TryingAgain: > 0, Told: var told, AskedToHear: var asked } => $"I've told {told} of the {People(asked)} who asked to hear about this so far. Teams didn't answer for {People(report.TryingAgain)}, so I'll try again later and post here when I'm done.",
        { Told: var told, AskedToHear: var asked } when told >= asked => $"I told {People(told)} who asked to hear about this.",
        { Told: var told, AskedToHear: var asked } => $"I told {told} of the {People(asked)} who asked to hear about this. I couldn't reach the others. They may have removed me, or Teams was having problems.",
    };

    private static string People(int n) => n == 1 ? "1 person" : $"{n} people";
}
