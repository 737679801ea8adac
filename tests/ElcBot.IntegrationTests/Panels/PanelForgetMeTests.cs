using Azure.Data.Tables;
using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ElcBot.IntegrationTests.Panels.PanelCards;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>
/// "Forget me" from a review panel member, end to end over HTTP against the real host and Azurite: they leave the
/// panel, their approval stops counting, and the change log keeps their changes under "Someone who asked to be forgotten".
/// </summary>
public sealed class PanelForgetMeTests : HostedPanelTests
{
    protected override string[] HostSettings => ["Bot:Facilitators:0=aad-fran"];

    [Fact]
    public async Task Should_take_a_member_off_the_panel_drop_their_approval_and_keep_their_changes_nameless_when_they_say_forget_me()
    {
        await Teams.SendAsync(Teams.Message("panel add <at>Ali</at> <at>Sam</at> <at>Jo</at> <at>Max</at>", "fran", ("29:ali", "Ali"), ("29:sam", "Sam"), ("29:jo", "Jo"), ("29:max", "Max")));
        await Connector.WaitForActivitiesAsync(5);
        foreach (var (id, name) in new[] { ("29:ali", "Ali"), ("29:sam", "Sam"), ("29:jo", "Jo"), ("29:max", "Max") })
        {
            await Teams.InvokeAsync("fran", Role(id, name, "Carer"));
        }

        await Teams.SendAsync(Teams.Message("summary", "fran"));
        var draft = await WaitForDraftAsync();
        var theme = draft.Summary.Themes[0];
        await Teams.InvokeAsync("sam", Press(draft, PanelCardActions.Rename, new { themeId = theme.ThemeId, newName = "Getting through to the surgery" }), personal: true);
        await Teams.InvokeAsync("sam", Press(draft, PanelCardActions.Approve), personal: true);
        var jo = await Teams.InvokeAsync("jo", Press(draft, PanelCardActions.Approve), personal: true);
        Assert.Contains("2 of 4 on the panel have approved this version.", jo.ToString());

        await Teams.SendAsync(Teams.PersonalMessage("forget me", "sam"));
        var done = await Teams.InvokeAsync("sam", JObject.FromObject(new { elcAction = CardActionNames.ConfirmForget }), personal: true);
        Assert.Contains(ForgetMeCard.DoneTitle, done.ToString());

        var list = (await SayAsync("panel list")).ToString();
        Assert.DoesNotContain("Sam", list);
        Assert.Contains("3 people, 3 with lived experience.", list);
        Assert.Contains("1 of 3 on the panel have approved this version. I'll post it when 2 have approved.", list);
        Assert.Equal(["29:jo"], (await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.ApprovedBy);
        Assert.Empty(Cards(SummaryCard.Title));

        var log = (await SayAsync("panel log")).ToString();
        Assert.Contains("Someone who asked to be forgotten approved the draft (1 of 4).", log);
        Assert.Contains($"Someone who asked to be forgotten renamed \\\"{theme.Label}\\\" to \\\"Getting through to the surgery\\\".", log);
        Assert.Contains("Fran added Someone who asked to be forgotten to the panel as ", log);
        Assert.Contains("ElcBot took Someone who asked to be forgotten off the panel.", log);
        Assert.Contains("Jo approved the draft (2 of 4).", log);
        Assert.DoesNotContain("Sam", log);
        Assert.DoesNotContain(await PanelRowsAsync(), row => row.Any(p => p.Value?.ToString() is "29:sam" or "Sam"));

        // The majority is now counted over the three left: Ali's approval is the second of three, and the summary is posted.
        var ali = await Teams.InvokeAsync("ali", Press(draft, PanelCardActions.Approve), personal: true);
        Assert.Contains(ElcBot.Bot.Panels.PanelReplies.PostedAfterApproval, ali.ToString());
        var posted = Assert.Single(Cards(SummaryCard.Title));
        Assert.Contains("Themes reviewed by a panel of 3 (3 with lived experience)", posted.ToString());
    }

    [Fact]
    public async Task Should_log_it_and_ask_on_the_card_to_try_again_then_finish_when_the_draft_was_being_posted()
    {
        var sam = Member("29:sam", "Sam", ElcBot.Core.Contributions.ContributorRole.Carer);
        await PanelStore.SaveMemberAsync(sam, new PanelChange(RoundId, DateTimeOffset.UtcNow, new PanelActor("29:fran", "Fran"), new ChangeNote(PanelChangeKind.MemberAdded, "Sam", "Carer", SubjectId: "29:sam")), CancellationToken.None);
        var posting = TablePanelStoresTests.Draft(themes: 1, membersEach: 1) with
        {
            RoundId = RoundId, ApprovedBy = ["29:sam"], State = DraftState.Publishing, LeaseUntil = DateTimeOffset.UtcNow.AddMinutes(5),
        };
        await Drafts.TrySaveAsync(posting, null, null, CancellationToken.None);
        var errors = LogCapture.AttachTo(Host);

        var busy = await Teams.InvokeAsync("sam", JObject.FromObject(new { elcAction = CardActionNames.ConfirmForget }), personal: true);

        Assert.Equal(ElcBot.Bot.Hosting.ElcBotAdapter.Apology, busy["value"]!.ToString());
        Assert.Contains(errors.Entries, e => e.Exception is ElcBot.Core.Privacy.ErasureIncompleteException);
        Assert.Empty(await PanelStore.ListMembersAsync(RoundId, CancellationToken.None));
        var stillPosting = (await Drafts.FindAsync(RoundId, CancellationToken.None))!;
        Assert.Equal(DraftState.Publishing, stillPosting.Draft.State);
        Assert.Equal(["29:sam"], stillPosting.Draft.ApprovedBy);

        await Drafts.TrySaveAsync(stillPosting.Draft with { State = DraftState.Published, LeaseUntil = null }, stillPosting.Version, null, CancellationToken.None);
        var done = await Teams.InvokeAsync("sam", JObject.FromObject(new { elcAction = CardActionNames.ConfirmForget }), personal: true);

        Assert.Contains(ForgetMeCard.DoneTitle, done.ToString());
        Assert.Empty((await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.ApprovedBy);
        Assert.DoesNotContain(await PanelRowsAsync(), row => row.Any(p => p.Value?.ToString() is "29:sam" or "Sam"));
    }

    private async Task<PanelDraft> WaitForDraftAsync()
    {
        Assert.Equal(4, (await WaitForAsync(() => Cards(PanelDraftCard.Title), 4)).Length);
        return (await Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
    }

    private async Task<List<TableEntity>> PanelRowsAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Host.Services.GetRequiredService<ElcTables>().Get(TableNames.Panels).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }
}
