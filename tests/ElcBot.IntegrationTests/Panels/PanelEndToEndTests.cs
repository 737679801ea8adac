using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Cards;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ElcBot.IntegrationTests.Panels.PanelCards;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>
/// The review panel end to end over HTTP, against the real host and Azurite: members added in the channel, drafts in
/// their personal chats through the connector, changes and approvals, and the summary posted once with the panel's line.
/// </summary>
public sealed class PanelEndToEndTests : HostedPanelTests
{
    protected override string[] HostSettings => ["Bot:Facilitators:0=aad-fran", "Panel:ReviewDays=2"];

    [Fact]
    public async Task Should_send_drafts_to_the_panel_and_post_once_with_the_panel_line_when_most_of_the_panel_approve()
    {
        await Teams.SendAsync(Teams.Message("panel add <at>Ali</at> <at>Sam</at> <at>Jo</at>", "fran", ("29:ali", "Ali"), ("29:sam", "Sam"), ("29:jo", "Jo")));
        var roleCards = (await Connector.WaitForActivitiesAsync(4)).Skip(1).ToArray();
        Assert.Equal(["29:ali", "29:sam", "29:jo"], roleCards.Select(c => c.SelectToken("attachments[0].content.actions[0].data.userId")!.ToString()));
        var afterAli = await Teams.InvokeAsync("fran", Role("29:ali", "Ali", "HealthOrCareStaff"));
        Assert.Contains("Fewer than half of the panel", afterAli.ToString());
        await Teams.InvokeAsync("fran", Role("29:sam", "Sam", "Carer"));
        var afterJo = await Teams.InvokeAsync("fran", Role("29:jo", "Jo", "UsesServices"));
        Assert.Contains("3 people, 2 with lived experience.", afterJo.ToString());
        Assert.DoesNotContain("Fewer than half", afterJo.ToString());
        Assert.Equal(3, CreatedChats().Length);
        // The welcome quotes the round's question and the facilitator's name: plain text, so Teams shows them as written.
        var welcomes = Connector.SentActivities.Where(a => a["text"]?.ToString().StartsWith("Hello ", StringComparison.Ordinal) == true).ToArray();
        Assert.Equal(3, welcomes.Length);
        Assert.All(welcomes, w => Assert.Equal("plain", w["textFormat"]?.ToString()));

        var sent = Connector.SentActivities.Count;
        await Teams.SendAsync(Teams.Message("summary", "fran"));
        var drafts = await WaitForAsync(() => Cards(PanelDraftCard.Title), 3);
        Assert.Equal(["29:ali", "29:jo", "29:sam"], drafts.Select(d => d.SelectToken("attachments[0].content.refresh.userIds[0]")!.ToString()).Order());
        Assert.Equal(["29:ali", "29:jo", "29:sam"], CreatedChats().Skip(3).Select(c => c.SelectToken("members[0].id")!.ToString()).Order());
        Assert.All(CreatedChats(), c => Assert.Equal(Tenant, c["tenantId"]!.ToString()));
        var notice = await WaitForAsync(() => Connector.SentActivities.Skip(sent).Where(a => a["text"]?.ToString().StartsWith("I've sent a draft", StringComparison.Ordinal) == true).ToArray(), 1);
        Assert.Equal(Channel, notice[0].SelectToken("conversation.id")!.ToString());
        Assert.Contains("(3 people, 2 with lived experience)", notice[0]["text"]!.ToString());
        Assert.Empty(Cards(SummaryCard.Title));

        var draft = (await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        Assert.NotEmpty(draft.Summary.Themes);
        var theme = draft.Summary.Themes[0];
        var renamed = await Teams.InvokeAsync("sam", Press(draft, PanelCardActions.Rename, new { themeId = theme.ThemeId, newName = "Getting through to the surgery" }), personal: true);
        Assert.Contains("Getting through to the surgery (named by the panel)", ShownLines.Of(renamed.ToString()));
        var wrong = await Teams.InvokeAsync("ali", Press(draft, PanelCardActions.MarkWrong, new { themeId = theme.ThemeId }), personal: true);
        Assert.Contains("Getting through to the surgery (made by ElcBot; the panel says it is wrong)", ShownLines.Of(wrong.ToString()));
        var stranger = await Teams.InvokeAsync("max", Press(draft, PanelCardActions.Approve), personal: true);
        Assert.Equal([ElcBot.Bot.Panels.PanelReplies.NotOnPanel], ShownLines.Of(stranger["value"]!.ToString()));

        var first = await Teams.InvokeAsync("sam", Press(draft, PanelCardActions.Approve), personal: true);
        Assert.Contains("1 of 3 on the panel have approved this version.", first.ToString());
        Assert.Empty(Cards(SummaryCard.Title));
        var second = await Teams.InvokeAsync("jo", Press(draft, PanelCardActions.Approve), personal: true);
        Assert.Contains(ElcBot.Bot.Panels.PanelReplies.PostedAfterApproval, second.ToString());
        var late = await Teams.InvokeAsync("ali", Press(draft, PanelCardActions.Approve), personal: true);
        Assert.Contains("This summary was posted on", late.ToString());
        Assert.Contains("Your approval was not counted, because this summary has already been posted.", late.ToString());

        var posted = Assert.Single(Cards(SummaryCard.Title));
        Assert.Equal(Channel, posted.SelectToken("conversation.id")!.ToString());
        var card = posted.ToString();
        Assert.Contains("Themes reviewed by a panel of 3 (2 with lived experience)", card);
        Assert.Contains("Getting through to the surgery (automatic name; the review panel says it may be wrong)", ShownLines.Of(card));
        Assert.DoesNotContain("Waiting for hours", card);
        var kept = Assert.Single(await Host.Services.GetRequiredService<ISummaryStore>().ListAsync(RoundId, 5, CancellationToken.None));
        Assert.Equal(new PanelReview(3, 2), kept.Review);

        var log = await PanelStore.ListChangesAsync(RoundId, 50, CancellationToken.None);
        Assert.Equal(
            [PanelChangeKind.Published, PanelChangeKind.Approved, PanelChangeKind.Approved, PanelChangeKind.MarkedWrong, PanelChangeKind.Renamed,
             PanelChangeKind.DraftSent, PanelChangeKind.MemberAdded, PanelChangeKind.MemberAdded, PanelChangeKind.MemberAdded],
            log.Select(c => c.Note.Kind));
        Assert.Equal(["Jo", "Jo", "Sam", "Ali", "Sam", "ElcBot", "Fran", "Fran", "Fran"], log.Select(c => c.Actor.Name));
        Assert.Equal(("Getting through to the surgery", theme.Label), (log[3].Note.Subject, log[4].Note.Subject));

        var logCard = (await SayAsync("panel log")).ToString();
        Assert.Contains($"Sam renamed \\\"{theme.Label}\\\" to \\\"Getting through to the surgery\\\".", logCard);
        Assert.Contains("Jo posted the summary. The panel had 3 people, 2 with lived experience.", logCard);
    }

    [Fact]
    public async Task Should_refuse_a_facilitator_before_the_deadline_and_post_once_when_it_has_passed()
    {
        await Teams.SendAsync(Teams.Message("panel add <at>Sam</at>", "fran", ("29:sam", "Sam")));
        await Connector.WaitForActivitiesAsync(2);
        await Teams.InvokeAsync("fran", Role("29:sam", "Sam", "Carer"));
        await Teams.SendAsync(Teams.Message("summary", "fran"));
        await WaitForAsync(() => Cards(PanelDraftCard.Title), 1);
        var stored = (await Drafts.FindAsync(RoundId, CancellationToken.None))!;
        Assert.Equal(stored.Draft.SentAt.AddDays(2), stored.Draft.Deadline);

        var early = await PublishAsync();
        Assert.StartsWith("The panel still has time to check the draft. 0 of 1 on the panel have approved this version.", early);
        Assert.Empty(Cards(SummaryCard.Title));

        // Time passing, as far as the draft is concerned: its deadline is now behind us.
        await Drafts.TrySaveAsync(stored.Draft with { Deadline = DateTimeOffset.UtcNow.AddMinutes(-1) }, stored.Version, null, CancellationToken.None);
        await Teams.SendAsync(Teams.Message("panel publish", "fran"));
        var posted = Assert.Single(await WaitForAsync(() => Cards(SummaryCard.Title), 1));
        Assert.Contains("Themes reviewed by a panel of 1 (1 with lived experience)", posted.ToString());
        Assert.Equal(ElcBot.Bot.Panels.PanelReplies.AlreadyPosted, await PublishAsync());
        Assert.Single(Cards(SummaryCard.Title));
        Assert.Equal(PanelChangeKind.Published, (await PanelStore.ListChangesAsync(RoundId, 1, CancellationToken.None))[0].Note.Kind);
    }

    [Fact]
    public async Task Should_send_the_weekly_summary_to_the_panel_first_when_the_schedule_is_due()
    {
        await PanelStore.SaveMemberAsync(Member("29:jo", "Jo", ElcBot.Core.Contributions.ContributorRole.UsesServices), new PanelChange(RoundId, DateTimeOffset.UtcNow, PanelActor.Bot, new ChangeNote(PanelChangeKind.MemberAdded, "Jo")), CancellationToken.None);
        var due = DateTimeOffset.UtcNow.AddMinutes(-1);
        var schedules = Host.Services.GetRequiredService<ElcBot.Core.Summaries.Scheduling.ISummaryScheduleStore>();
        await schedules.SaveAsync(new ElcBot.Core.Summaries.Scheduling.SummarySchedule(RoundId, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", due), CancellationToken.None);

        var posted = await Host.Services.GetRequiredService<ElcBot.Core.Summaries.Scheduling.ScheduledSummaryRunner>().RunDueAsync(DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal(1, posted);
        var draft = Assert.Single(await WaitForAsync(() => Cards(PanelDraftCard.Title), 1));
        Assert.Equal("29:jo", draft.SelectToken("attachments[0].content.refresh.userIds[0]")!.ToString());
        Assert.Empty(Cards(SummaryCard.Title));
        Assert.True((await schedules.FindAsync(RoundId, CancellationToken.None))!.NextRunUtc > DateTimeOffset.UtcNow);
        Assert.Equal(DraftState.InReview, (await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.State);
    }

    private async Task<string> PublishAsync() => (await SayAsync("panel publish"))["text"]!.ToString();

    private JObject[] CreatedChats() => Connector.Calls
        .Where(c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations" && c.Body is not null).Select(c => c.Body!).ToArray();
}
