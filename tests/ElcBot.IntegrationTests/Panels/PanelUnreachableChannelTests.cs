using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using static ElcBot.IntegrationTests.Panels.PanelCards;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>A draft sent to the panel of a round whose channel ElcBot has no address for (rounds from before 27 Nov 2026).</summary>
public sealed class PanelUnreachableChannelTests : HostedPanelTests
{
    private const string OldRound = "old-round";
    private const string OtherChannel = "19:never-spoken-in@thread.tacv2";

    [Fact]
    public async Task Should_send_the_draft_to_the_panel_and_say_the_channel_cannot_be_reached_yet_instead_of_that_all_went_well()
    {
        await Host.Services.GetRequiredService<IRoundStore>().TryOpenAsync(
            new Round(OldRound, OtherChannel, Tenant, Team, "What would help?", ElcStage.Dream, null, true, DateTimeOffset.UtcNow.AddDays(-3)), CancellationToken.None);
        var contributions = Host.Services.GetRequiredService<IContributionStore>();
        foreach (var (text, i) in Shared.Select((s, i) => (s.Text, i)))
        {
            await contributions.AddAsync(new Contribution(OldRound, $"o{i}", ContributionKind.Idea, text, Shared[i].Role, ConsentLevel.MayQuote, $"key-o{i}", null, null, DateTimeOffset.UtcNow.AddHours(-i), $"sub-o{i}"), CancellationToken.None);
        }

        var sam = new PanelMember(OldRound, "29:sam", "Sam", ContributorRole.Carer, new PanelAddress("msteams", Connector.ServiceUrl, BotId, Tenant), DateTimeOffset.UtcNow);
        await PanelStore.SaveMemberAsync(sam, new PanelChange(OldRound, DateTimeOffset.UtcNow, PanelActor.Bot, new ChangeNote(PanelChangeKind.MemberAdded, "Sam")), CancellationToken.None);

        var outcome = await Host.Services.GetRequiredService<ISummaryPublisher>().PublishAsync(OldRound, CancellationToken.None);

        Assert.Equal(PublishOutcome.SentToPanelChannelUnknown, outcome);
        Assert.Single(await WaitForAsync(() => DraftsFor(Connector, "29:sam"), 1));
        Assert.Equal(DraftState.InReview, (await Drafts.FindAsync(OldRound, CancellationToken.None))!.Draft.State);
        Assert.DoesNotContain(Connector.SentActivities, a => a.SelectToken("conversation.id")?.ToString() == OtherChannel);
    }
}
