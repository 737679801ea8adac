using ElcBot.Bot.Cards;
using ElcBot.Bot.Panels;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>Two instances of the real host sharing one Table Storage, both posting the same reviewed draft at once.</summary>
public sealed class PanelExactlyOnceTests : TwoInstancePanelTests
{
    [Fact]
    public async Task Should_post_the_reviewed_summary_once_when_both_instances_post_it_at_the_same_moment()
    {
        await PanelStore.SaveMemberAsync(Member("29:sam", "Sam", ContributorRole.Carer), new PanelChange(RoundId, DateTimeOffset.UtcNow, PanelActor.Bot, new ChangeNote(PanelChangeKind.MemberAdded, "Sam")), CancellationToken.None);
        Assert.Equal(PublishOutcome.SentToPanel, await Host.Services.GetRequiredService<ISummaryPublisher>().PublishAsync(RoundId, CancellationToken.None));
        // A weekly run on the other instance finds the draft still with the panel and makes no second one.
        Assert.Equal(PublishOutcome.PanelBusy, await Second.Services.GetRequiredService<ISummaryPublisher>().PublishAsync(RoundId, CancellationToken.None));
        var drafts = Second.Services.GetRequiredService<IPanelDraftStore>();
        var stored = (await drafts.FindAsync(RoundId, CancellationToken.None))!;
        await drafts.TrySaveAsync(stored.Draft with { ApprovedBy = ["29:sam"] }, stored.Version, null, CancellationToken.None);

        var attempts = Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? Host : Second).Services.GetRequiredService<PanelPublisher>()
            .PublishAsync(RoundId, new PanelActor("29:sam", "Sam"), CancellationToken.None));
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.Outcome == PanelPublishOutcome.Posted);
        Assert.All(results.Where(r => r.Outcome != PanelPublishOutcome.Posted), r => Assert.Contains(r.Outcome, new[] { PanelPublishOutcome.BeingPosted, PanelPublishOutcome.AlreadyPosted }));
        await Task.Delay(200);
        Assert.Single(Cards(SummaryCard.Title));
        Assert.Equal(DraftState.Published, (await drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.State);
        Assert.Single(await PanelStore.ListChangesAsync(RoundId, 20, CancellationToken.None), c => c.Note.Kind == PanelChangeKind.Published);
    }
}
