using System.Globalization;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Panels;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Tests.Cards;
using Microsoft.Extensions.DependencyInjection;
using static ElcBot.IntegrationTests.Panels.PanelCards;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>
/// What people are told around the end of a review, over HTTP against the real host and Azurite: when the next summary
/// comes, a facilitator asking again from personal chat while the panel still has the draft, and a press after posting.
/// </summary>
public sealed class PanelReviewEndTests : HostedPanelTests
{
    protected override string[] HostSettings => ["Bot:Facilitators:0=aad-fran"];

    private ISummaryScheduleStore Schedules => Host.Services.GetRequiredService<ISummaryScheduleStore>();

    [Fact]
    public async Task Should_say_when_the_next_summary_comes_when_a_weekly_summary_is_posted_without_a_panel()
    {
        await Schedules.SaveAsync(new SummarySchedule(RoundId, DayOfWeek.Monday, new TimeOnly(9, 0), SummarySchedule.DefaultTimeZoneId, DateTimeOffset.UtcNow.AddMinutes(-1)), CancellationToken.None);

        await Host.Services.GetRequiredService<ScheduledSummaryRunner>().RunDueAsync(DateTimeOffset.UtcNow, CancellationToken.None);

        var posted = Assert.Single(await WaitForAsync(() => Cards(SummaryCard.Title), 1));
        Assert.Contains($"Next summary: {await NextDayAsync()}", ShownLines.Of(posted.SelectToken("attachments[0].content")!.ToString()));
    }

    [Fact]
    public async Task Should_say_when_the_next_summary_comes_when_the_panel_approves_a_weekly_draft()
    {
        await PanelStore.SaveMemberAsync(Member("29:jo", "Jo", ContributorRole.UsesServices), new PanelChange(RoundId, DateTimeOffset.UtcNow, PanelActor.Bot, new ChangeNote(PanelChangeKind.MemberAdded, "Jo")), CancellationToken.None);
        await Schedules.SaveAsync(new SummarySchedule(RoundId, DayOfWeek.Monday, new TimeOnly(9, 0), SummarySchedule.DefaultTimeZoneId, DateTimeOffset.UtcNow.AddMinutes(-1)), CancellationToken.None);
        await Host.Services.GetRequiredService<ScheduledSummaryRunner>().RunDueAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        await WaitForAsync(() => Cards(PanelDraftCard.Title), 1);
        var draft = (await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;

        var approved = await Teams.InvokeAsync("jo", Press(draft, PanelCardActions.Approve), personal: true);

        Assert.Contains(PanelReplies.PostedAfterApproval, approved.ToString());
        var posted = Assert.Single(Cards(SummaryCard.Title));
        Assert.Contains($"Next summary: {await NextDayAsync()}", ShownLines.Of(posted.SelectToken("attachments[0].content")!.ToString()));
    }

    [Fact]
    public async Task Should_say_where_to_type_panel_list_when_a_facilitator_asks_for_a_summary_from_personal_chat_while_the_panel_has_the_draft()
    {
        await PanelStore.SaveMemberAsync(Member("29:jo", "Jo", ContributorRole.UsesServices), new PanelChange(RoundId, DateTimeOffset.UtcNow, PanelActor.Bot, new ChangeNote(PanelChangeKind.MemberAdded, "Jo")), CancellationToken.None);
        await Teams.SendAsync(Teams.Message("summary", "fran"));
        await WaitForAsync(() => Cards(PanelDraftCard.Title), 1);

        var answer = await Teams.InvokeAsync("fran", Newtonsoft.Json.Linq.JObject.FromObject(new { elcAction = RoundChoiceCard.Action, roundId = RoundId }), personal: true);

        // The answer to a press shows as plain text, so its bold marks are taken out.
        Assert.Equal(ElcBot.Bot.CardActions.CardActionReplies.Plain(PanelReplies.AlreadyWithPanelElsewhere), answer["value"]!.ToString());
        Assert.Contains("type panel list in the round's channel or group chat", answer["value"]!.ToString());
        Assert.Single(Cards(PanelDraftCard.Title));
    }

    [Fact]
    public async Task Should_show_the_quotes_the_summary_will_show_and_then_say_plainly_that_a_late_change_was_not_made()
    {
        await PanelStore.SaveMemberAsync(Member("29:jo", "Jo", ContributorRole.UsesServices), new PanelChange(RoundId, DateTimeOffset.UtcNow, PanelActor.Bot, new ChangeNote(PanelChangeKind.MemberAdded, "Jo")), CancellationToken.None);
        await Teams.SendAsync(Teams.Message("summary", "fran"));
        var sent = ShownLines.Of(Assert.Single(await WaitForAsync(() => Cards(PanelDraftCard.Title), 1)).SelectToken("attachments[0].content")!.ToString());
        var draft = (await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        await Teams.InvokeAsync("jo", Press(draft, PanelCardActions.Approve), personal: true);

        var late = await Teams.InvokeAsync("jo", Press(draft, PanelCardActions.Rename, new { themeId = draft.Summary.Themes[0].ThemeId, newName = "Too late" }), personal: true);
        var stranger = await Teams.InvokeAsync("max", Press(draft, PanelCardActions.ShowDraft), personal: true);

        var posted = ShownLines.Of(Assert.Single(Cards(SummaryCard.Title)).SelectToken("attachments[0].content")!.ToString());
        string[] peoplesWords = [.. posted.Where(l => l.StartsWith('“') || l.StartsWith("Most supported idea", StringComparison.Ordinal))];
        Assert.NotEmpty(peoplesWords);
        Assert.All(peoplesWords, l => Assert.Contains(l, sent));
        var lateLines = ShownLines.Of(late["value"]!.ToString());
        Assert.Equal(PanelDraftCard.PostedTitle, lateLines[0]);
        Assert.Contains(PanelReplies.TooLate(PanelCardActions.Rename, DraftState.Published, replaced: false), lateLines);
        Assert.DoesNotContain((await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.Summary.Themes, t => t.Label == "Too late");
        Assert.Equal([PanelReplies.NotOnPanel], ShownLines.Of(stranger["value"]!.ToString()));
    }

    /// <summary>The day the schedule says comes next, as the summary card writes it.</summary>
    private async Task<string> NextDayAsync()
    {
        var schedule = (await Schedules.FindAsync(RoundId, CancellationToken.None))!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId);
        return TimeZoneInfo.ConvertTime(schedule.NextRunUtc, zone).ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-GB"));
    }
}
