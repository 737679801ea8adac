using System.Globalization;
using System.Text.Json.Nodes;
using ElcBot.Core.Updates;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>The direct message a person gets about something they shared or supported, because they asked to hear.</summary>
public static class UpdateNoticeCard
{
    public const string Title = "News about something you care about";

    public static JsonObject Build(UpdateNotice notice)
    {
        var update = notice.Update;
        return Card(
            Heading(Title),
            Text("You asked to hear what happens. A facilitator has shared this news."),
            notice.RoundQuestion.Length == 0 ? null : Words($"You were asked: {notice.RoundQuestion}", subtle: true),
            Words(StatusWords.Subject(update.Subject, notice.SubjectText), weight: "Bolder"),
            Words(StatusWords.Line(update.Status, update.Text), color: update.Status == UpdateStatus.CannotDo ? "Attention" : "Good"),
            Text($"Shared on {update.CreatedAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}.", subtle: true, size: "Small"),
            Text("Type **stop updates** if you don't want these messages.", subtle: true, size: "Small"));
    }
}
