using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ElcBot.IntegrationTests.Panels.PanelCards;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>
/// The reminder before a draft's deadline, with two instances of the real host sharing one Table Storage and both
/// running it at once: it goes once, in personal chat, to the members yet to approve the current version.
/// </summary>
public sealed class PanelReminderTests : TwoInstancePanelTests
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await PanelMembers.AddSamAliAndJoAsync(Host, Connector);
    }

    [Fact]
    public async Task Should_remind_the_members_yet_to_approve_once_when_both_instances_run_the_reminder_at_the_same_moment()
    {
        Assert.Equal(PublishOutcome.SentToPanel, await Host.Services.GetRequiredService<ISummaryPublisher>().PublishAsync(RoundId, CancellationToken.None));
        await WaitForAsync(() => Sent(Connector, PanelDraftCard.Title), 3);
        await Teams.InvokeAsync("sam", ApproveOn(DraftsFor(Connector, "29:sam")[0]), personal: true);
        var drafts = Second.Services.GetRequiredService<IPanelDraftStore>();
        var stored = (await drafts.FindAsync(RoundId, CancellationToken.None))!;
        Assert.Equal(stored.Draft.Deadline.AddHours(-24), stored.Draft.RemindAt);

        // Time passing, as far as the draft is concerned: its reminder is now due.
        await drafts.TrySaveAsync(stored.Draft with { RemindAt = DateTimeOffset.UtcNow.AddMinutes(-1) }, stored.Version, null, CancellationToken.None);
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? Host : Second).Services.GetRequiredService<PanelReminders>()
            .RunDueAsync(DateTimeOffset.UtcNow, CancellationToken.None)));

        // Each instance's own minute timer may have sent it first; either way it goes once.
        Assert.InRange(runs.Sum(), 0, 1);
        var reminders = await WaitForAsync(Reminders, 2);
        await Task.Delay(500);
        Assert.Equal(2, Reminders().Length);
        Assert.Equal(["29:ali", "29:jo"], reminders.Select(r => r.SelectToken("attachments[0].content.refresh.userIds[0]")!.ToString()).Order());
        Assert.Equal(0, await Host.Services.GetRequiredService<PanelReminders>().RunDueAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        var after = (await drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        Assert.Equal((DraftState.InReview, null), (after.State, after.RemindAt));
        Assert.Equal(["29:sam"], after.ApprovedBy);
        var log = await Host.Services.GetRequiredService<IPanelStore>().ListChangesAsync(RoundId, 10, CancellationToken.None);
        var reminded = Assert.Single(log, c => c.Note.Kind == PanelChangeKind.Reminded);
        Assert.Equal((2, PanelActor.Bot.Name), (reminded.Note.Count, reminded.Actor.Name));
        Assert.Empty(Sent(Connector, SummaryCard.Title));
    }

    [Fact]
    public async Task Should_send_the_draft_to_the_whole_panel_once_when_the_instance_that_made_it_stopped_before_sending()
    {
        Assert.Equal(PublishOutcome.SentToPanel, await Host.Services.GetRequiredService<ISummaryPublisher>().PublishAsync(RoundId, CancellationToken.None));
        await WaitForAsync(() => Sent(Connector, PanelDraftCard.Title), 3);
        var drafts = Second.Services.GetRequiredService<IPanelDraftStore>();
        var stored = (await drafts.FindAsync(RoundId, CancellationToken.None))!;
        Assert.Equal((null, false), (stored.Draft.DeliverBy, stored.Draft.FirstSendPending));

        // As the draft stands when its maker stops after saving it and before sending it, once its time has passed.
        await drafts.TrySaveAsync(stored.Draft with { DeliverBy = DateTimeOffset.UtcNow.AddMinutes(-1), FirstSendPending = true }, stored.Version, null, CancellationToken.None);
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? Host : Second).Services.GetRequiredService<PanelReminders>()
            .RunDueAsync(DateTimeOffset.UtcNow, CancellationToken.None)));

        Assert.InRange(runs.Sum(), 0, 1);
        var all = await WaitForAsync(() => Sent(Connector, PanelDraftCard.Title), 6);
        await Task.Delay(500);
        Assert.Equal(6, Sent(Connector, PanelDraftCard.Title).Length);
        Assert.Equal(["29:ali", "29:jo", "29:sam"], all.Skip(3).Select(r => r.SelectToken("attachments[0].content.refresh.userIds[0]")!.ToString()).Order());
        Assert.Empty(Reminders());
        var after = (await drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        Assert.Equal((DraftState.InReview, null, stored.Draft.RemindAt), (after.State, after.DeliverBy, after.RemindAt));
    }

    private JObject[] Reminders() => Sent(Connector, PanelDraftCard.Title)
        .Where(c => c.ToString().Contains("A reminder: the panel can check this draft until", StringComparison.Ordinal)).ToArray();
}
