using ElcBot.Bot.Cards;
using ElcBot.Bot.Panels;
using ElcBot.Core.Panels;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Tests.Cards;
using Microsoft.Extensions.DependencyInjection;
using static ElcBot.IntegrationTests.Panels.PanelCards;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>
/// An approval is for the version a member saw, end to end over HTTP against the real host and Azurite: a change after
/// it sets it aside, the member is sent the new draft in personal chat, and approving again counts towards the post.
/// </summary>
public sealed class PanelApprovalVersionTests : HostedPanelTests
{
    protected override string[] HostSettings => ["Bot:Facilitators:0=aad-fran"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await PanelMembers.AddSamAliAndJoAsync(Host, Connector);
    }

    [Fact]
    public async Task Should_stop_counting_an_approval_when_someone_changes_the_draft_and_post_once_when_most_approve_the_new_version()
    {
        await Teams.SendAsync(Teams.Message("summary", "fran"));
        await WaitForAsync(() => Sent(Connector, PanelDraftCard.Title), 3);
        var draft = (await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        var theme = draft.Summary.Themes[0];

        var approved = await Teams.InvokeAsync("sam", ApproveOn(DraftsFor(Connector, "29:sam")[0]), personal: true);
        Assert.Contains("1 of 3 on the panel have approved this version.", approved.ToString());
        var renamed = await Teams.InvokeAsync("ali", Press(draft, PanelCardActions.Rename, new { themeId = theme.ThemeId, newName = "Getting through to the surgery" }), personal: true);
        Assert.Contains("0 of 3 on the panel have approved this version.", renamed.ToString());
        Assert.Contains(PanelReplies.AskedAgain, renamed.ToString());

        // Sam is sent the new version once, with a word on why; no one else is.
        var toSam = Assert.Single(await WaitForAsync(() => DraftsFor(Connector, "29:sam").Skip(1).ToArray(), 1));
        Assert.Contains(PanelWords.Notice(PanelNotice.ApprovalSetAside, draft)!, toSam.ToString());
        Assert.Contains("Getting through to the surgery (named by the panel)", ShownLines.Of(toSam.ToString()));
        Assert.Single(DraftsFor(Connector, "29:ali"));
        Assert.Single(DraftsFor(Connector, "29:jo"));
        var stored = (await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        Assert.Equal((0, 1), (stored.ApprovedBy.Count, stored.Revision));
        // Sam was asked, so the draft owes nothing the scheduler would send.
        Assert.Equal((null, null, false), (stored.AskAgain, stored.DeliverBy, stored.FirstSendPending));
        var log = await Host.Services.GetRequiredService<IPanelStore>().ListChangesAsync(RoundId, 1, CancellationToken.None);
        Assert.Equal((PanelChangeKind.Renamed, "Ali", 1), (log[0].Note.Kind, log[0].Actor.Name, log[0].Note.ApprovalsReset));

        // Jo presses Approve on the card sent before the change: shown the new version, not counted.
        var stale = await Teams.InvokeAsync("jo", ApproveOn(DraftsFor(Connector, "29:jo")[0]), personal: true);
        Assert.Contains(PanelReplies.ChangedSinceSeen, stale.ToString());
        Assert.Empty((await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.ApprovedBy);

        var again = await Teams.InvokeAsync("sam", ApproveOn(toSam), personal: true);
        Assert.Contains("1 of 3 on the panel have approved this version.", again.ToString());
        Assert.Empty(Sent(Connector, SummaryCard.Title));
        var majority = await Teams.InvokeAsync("jo", Press(stored, PanelCardActions.Approve, new { revision = 1 }), personal: true);
        Assert.Contains(PanelReplies.PostedAfterApproval, majority.ToString());
        await Teams.InvokeAsync("ali", Press(stored, PanelCardActions.Approve, new { revision = 1 }), personal: true);

        await Task.Delay(200);
        var posted = Assert.Single(Sent(Connector, SummaryCard.Title));
        Assert.Contains("Getting through to the surgery", posted.ToString());
        Assert.Equal(DraftState.Published, (await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.State);
        var kinds = (await Host.Services.GetRequiredService<IPanelStore>().ListChangesAsync(RoundId, 5, CancellationToken.None)).Select(c => c.Note.Kind);
        Assert.Equal([PanelChangeKind.Published, PanelChangeKind.Approved, PanelChangeKind.Approved, PanelChangeKind.Renamed, PanelChangeKind.Approved], kinds);
        Assert.Contains("1 approval from before no longer counts.", await PanelLogAsync());
    }

    private async Task<string> PanelLogAsync() => (await SayAsync("panel log")).ToString();
}
