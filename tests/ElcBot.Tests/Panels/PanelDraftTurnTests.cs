using ElcBot.Bot.Cards;
using ElcBot.Bot.Panels;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Bot;
using ElcBot.Tests.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Panels;

/// <summary>Panel members changing the shared draft from their personal chats, through the real bot.</summary>
public sealed class PanelDraftTurnTests : IAsyncLifetime
{
    private const string RoundId = "round-1";
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(RoundId), CancellationToken.None);
        foreach (var c in PanelSamples.Shared)
        {
            await _bot.Contributions.AddAsync(new Contribution(RoundId, c.Id, c.Kind, c.Text, c.Role, c.Consent, c.ContributorKey, null, null, c.SharedAt, c.Id), CancellationToken.None);
        }

        _bot.Panels.Add(RoundId, "29:sam", ContributorRole.Carer, "Sam");
        _bot.Panels.Add(RoundId, "29:ali", ContributorRole.HealthOrCareStaff, "Ali");
        _bot.Panels.Add(RoundId, "29:jo", ContributorRole.UsesServices, "Jo");
        _bot.Drafts.Put(PanelSamples.Draft() with { RoundId = RoundId, Summary = PanelSamples.Summary() with { RoundId = RoundId } });
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Should_show_the_current_draft_and_ask_teams_to_refresh_it_when_a_member_opens_it()
    {
        var card = await PressAsync("sam", PanelCardActions.ShowDraft);

        Assert.Equal(PanelDraftCard.Title, card["body"]![0]!["text"]!.ToString());
        Assert.Equal("29:sam", card.SelectToken("refresh.userIds[0]")!.ToString());
        Assert.Equal(PanelCardActions.ShowDraft, card.SelectToken("refresh.action.verb")!.ToString());
        Assert.Contains("0 of 3 on the panel have approved this version. I'll post it when 2 have approved.", card.ToString());
    }

    [Fact]
    public async Task Should_show_the_new_name_and_log_who_gave_it_when_a_member_renames_a_theme()
    {
        var card = await PressAsync("sam", PanelCardActions.Rename, new { themeId = "t2", newName = "Getting through on the phone" });

        Assert.Contains("Getting through on the phone (named by the panel)", ShownLines.Of(card.ToString()));
        Assert.Contains(PanelReplies.Done(PanelCardActions.Rename), card.ToString());
        Assert.Contains(Stored().Themes, t => t.Label == "Getting through on the phone");
        var logged = Assert.Single(_bot.Panels.Changes);
        Assert.Equal(("Sam", PanelChangeKind.Renamed, "phone lines"), (logged.Actor.Name, logged.Note.Kind, logged.Note.Subject));
    }

    [Fact]
    public async Task Should_send_the_theme_card_back_with_the_problem_when_the_new_name_is_empty()
    {
        var card = await PressAsync("sam", PanelCardActions.Rename, new { themeId = "t2", newName = " " });

        Assert.Equal(PanelThemeCard.Title, card["body"]![0]!["text"]!.ToString());
        Assert.Contains("Please write a name.", card.ToString());
        Assert.Empty(_bot.Panels.Changes);
    }

    [Fact]
    public async Task Should_list_only_quotable_words_when_a_member_opens_a_theme_to_split_it()
    {
        var card = (await PressAsync("ali", PanelCardActions.ShowTheme, new { themeId = "t1" })).ToString();

        Assert.Contains("A quiet room to wait in, with water and a clock.", card);
        Assert.DoesNotContain("I waited three hours", card);
        Assert.Contains("1 more is not listed because its author asked not to be quoted. It stays in this theme.", card);
        Assert.Contains("\"value\": \"t2\"", card);
    }

    [Fact]
    public async Task Should_join_two_themes_and_split_one_when_members_ask()
    {
        await PressAsync("ali", PanelCardActions.Merge, new { themeId = "t1", mergeWith = "t2" });
        var card = await PressAsync("jo", PanelCardActions.Split, new { themeId = "t1", splitIds = "d,e", splitName = "Phones" });

        var themes = Stored().Themes;
        Assert.Equal(["a", "b", "c"], themes.Single(t => t.ThemeId == "t1").MemberIds);
        Assert.Equal(["d", "e"], themes.Single(t => t.Label == "Phones").MemberIds);
        Assert.Contains(PanelReplies.Done(PanelCardActions.Split), card.ToString());
        Assert.Equal([PanelChangeKind.Merged, PanelChangeKind.Split], _bot.Panels.Changes.Select(c => c.Note.Kind));
    }

    [Fact]
    public async Task Should_show_the_name_as_questioned_when_a_member_says_it_is_wrong()
    {
        var card = await PressAsync("jo", PanelCardActions.MarkWrong, new { themeId = "t1" });

        Assert.Contains(ShownLines.Of(card.ToString()), l => l.EndsWith("waiting room (made by ElcBot; the panel says it is wrong)", StringComparison.Ordinal));
        Assert.Equal(ThemeLabelStatus.QuestionedByPanel, Stored().Themes.Single(t => t.ThemeId == "t1").LabelStatus);
    }

    [Fact]
    public async Task Should_record_the_approval_without_posting_when_most_of_the_panel_have_not_approved()
    {
        var card = await PressAsync("sam", PanelCardActions.Approve);

        Assert.Contains("1 of 3 on the panel have approved this version.", card.ToString());
        Assert.Contains("You have approved this version.", card.ToString());
        Assert.DoesNotContain("\"title\": \"Approve\"", card.ToString());
        Assert.Equal(DraftState.InReview, (await _bot.Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.State);
    }

    [Fact]
    public async Task Should_say_the_channel_cannot_be_reached_yet_and_keep_the_approved_draft_when_most_approve_but_the_channel_is_unknown()
    {
        await PressAsync("sam", PanelCardActions.Approve);

        var card = (await PressAsync("jo", PanelCardActions.Approve)).ToString();

        Assert.Contains(PanelReplies.ChannelUnknown, card);
        Assert.Contains(PanelReplies.Done(PanelCardActions.Approve), card);
        Assert.DoesNotContain(PanelReplies.NoDraft, card);
        var kept = (await _bot.Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        Assert.Equal(DraftState.InReview, kept.State);
        Assert.Equal(2, kept.ApprovedBy.Count);
    }

    [Fact]
    public async Task Should_stop_counting_the_approval_and_send_the_approver_the_new_draft_when_someone_changes_it_after()
    {
        await PressAsync("sam", PanelCardActions.Approve, new { revision = 0 });

        var card = (await PressAsync("ali", PanelCardActions.Rename, new { themeId = "t2", newName = "Getting through" })).ToString();

        Assert.Contains("0 of 3 on the panel have approved this version.", card);
        Assert.Contains(PanelReplies.AskedAgain, card);
        var sent = Assert.Single(_bot.PanelNotifier.Sent);
        Assert.Equal(("29:sam", PanelNotice.ApprovalSetAside), (sent.UserId, sent.Why));
        Assert.Contains(sent.Draft.Summary.Themes, t => t.Label == "Getting through");
        Assert.Equal(1, _bot.Panels.Changes.Last().Note.ApprovalsReset);
        var stored = (await _bot.Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        Assert.Equal(DraftState.InReview, stored.State);
        // Asked, so nothing is left owing for the scheduler.
        Assert.Equal((null, null), (stored.AskAgain, stored.DeliverBy));
    }

    [Fact]
    public async Task Should_keep_who_is_owed_word_with_the_change_until_they_have_been_asked()
    {
        await PressAsync("sam", PanelCardActions.Approve, new { revision = 0 });
        string[]? owedWhileSending = null;
        _bot.PanelNotifier.WhileSending = () => owedWhileSending = _bot.Drafts.FindAsync(RoundId, CancellationToken.None).GetAwaiter().GetResult()!.Draft.AskAgain?.ToArray();

        await PressAsync("ali", PanelCardActions.Rename, new { themeId = "t2", newName = "Getting through" });

        Assert.Equal(["29:sam"], owedWhileSending!);
        Assert.Null((await _bot.Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.AskAgain);
    }

    [Fact]
    public async Task Should_tell_nobody_when_the_only_approval_set_aside_is_the_changers_own()
    {
        await PressAsync("sam", PanelCardActions.Approve);

        var card = (await PressAsync("sam", PanelCardActions.MarkWrong, new { themeId = "t1" })).ToString();

        Assert.Contains("\"title\": \"Approve\"", card);
        Assert.DoesNotContain(PanelReplies.AskedAgain, card);
        Assert.Empty(_bot.PanelNotifier.Sent);
    }

    [Fact]
    public async Task Should_show_the_new_version_without_counting_the_approval_when_it_was_pressed_on_an_older_one()
    {
        await PressAsync("ali", PanelCardActions.Rename, new { themeId = "t2", newName = "Getting through" });

        var card = (await PressAsync("jo", PanelCardActions.Approve, new { revision = 0 })).ToString();

        Assert.Contains(PanelReplies.ChangedSinceSeen, card);
        Assert.Contains("Getting through", card);
        Assert.Contains("\"revision\": 1", card);
        Assert.Empty((await _bot.Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.ApprovedBy);
    }

    [Theory]
    [InlineData(PanelCardActions.Rename)]
    [InlineData(PanelCardActions.Approve)]
    [InlineData(PanelCardActions.ShowDraft)]
    [InlineData(PanelCardActions.ShowTheme)]
    public async Task Should_show_a_short_card_saying_only_the_panel_can_change_the_draft_when_someone_not_on_it_presses_a_button(string action)
    {
        var card = await PressAsync("max", action, new { themeId = "t1", newName = "Mine" });

        Assert.Equal([PanelReplies.NotOnPanel], ShownLines.Of(card.ToString()));
        Assert.Null(card["actions"]);
        Assert.Empty(_bot.Panels.Changes);
        Assert.Equal("phone lines", Stored().Themes.Single(t => t.ThemeId == "t2").Label);
    }

    [Theory]
    [InlineData(DraftState.Published, PanelCardActions.Rename, "Your change was not made, because this summary has already been posted. The review is over.")]
    [InlineData(DraftState.Published, PanelCardActions.Approve, "Your approval was not counted, because this summary has already been posted. The review is over.")]
    [InlineData(DraftState.Publishing, PanelCardActions.Merge, "Your change was not made, because I'm posting this summary now. The review is over.")]
    [InlineData(DraftState.Published, PanelCardActions.ShowTheme, "This summary has already been posted, so its themes can't be changed any more.")]
    public async Task Should_say_plainly_that_nothing_changed_and_why_when_a_member_presses_after_the_review_ended(DraftState state, string action, string expected)
    {
        _bot.Drafts.Put(PanelSamples.Draft() with
        {
            RoundId = RoundId, Summary = PanelSamples.Summary() with { RoundId = RoundId }, State = state, PublishedAt = DateTimeOffset.UtcNow,
        });

        var card = await PressAsync("jo", action, new { themeId = "t2", newName = "Too late", mergeWith = "t1" });

        Assert.Contains(expected, ShownLines.Of(card.ToString()));
        Assert.Equal(state == DraftState.Published ? PanelDraftCard.PostedTitle : PanelDraftCard.Title, card["body"]![0]!["text"]!.ToString());
        Assert.Empty(_bot.Panels.Changes);
        Assert.Equal("phone lines", Stored().Themes.Single(t => t.ThemeId == "t2").Label);
        Assert.Empty((await _bot.Drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.ApprovedBy);
    }

    [Fact]
    public async Task Should_say_the_change_was_not_made_and_show_the_newer_draft_when_a_member_presses_on_one_since_replaced()
    {
        var replies = await _bot.SendAsync(PersonalInvoke("jo", PanelCardActions.Rename, new { themeId = "t2", newName = "Old draft" }, draftId: "older"));

        var card = ReplacementCard(replies).ToString();
        Assert.Contains("Your change was not made, because a newer draft has taken the place of the one you pressed it on. Here is the newer one.", ShownLines.Of(card));
        Assert.Contains("\"title\": \"Approve\"", card);
        Assert.Empty(_bot.Panels.Changes);
    }

    private RoundSummary Stored() => _bot.Drafts.FindAsync(RoundId, CancellationToken.None).GetAwaiter().GetResult()!.Draft.Summary;

    private async Task<JObject> PressAsync(string person, string action, object? fields = null) =>
        ReplacementCard(await _bot.SendAsync(PersonalInvoke(person, action, fields)));

    private static Activity PersonalInvoke(string person, string action, object? fields = null, string draftId = "s1")
    {
        var data = Data(action, fields);
        data["roundId"] = RoundId;
        data["draftId"] = draftId;
        var activity = PersonalMessage(string.Empty, Person(person));
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.Text = null;
        activity.Value = JObject.FromObject(new { action = new { type = "Action.Execute", data } });
        return activity;
    }
}
