using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Tests.Bot;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

public sealed class IdeasAndSupportTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync() => await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

    [Fact]
    public async Task Should_list_ideas_newest_first_with_paging_when_someone_types_ideas()
    {
        for (var i = 1; i <= 7; i++)
        {
            await ShareIdeaAsync($"Idea number {i}");
        }

        var replies = await _bot.SendAsync(Message("ideas"));

        var card = BotTestHarness.CardOf(Assert.Single(replies)).ToString();
        Assert.True(card.IndexOf("Idea number 7", StringComparison.Ordinal) < card.IndexOf("Idea number 3", StringComparison.Ordinal));
        Assert.DoesNotContain("Idea number 2", card);
        Assert.Contains("Older ideas", card);
        Assert.Contains("Page 1 of 2", card);

        var older = await _bot.SendAsync(Invoke(Data(CardActionNames.IdeasPage, new { roundId = "round-1", page = 1 })));
        var second = ReplacementCard(older).ToString();
        Assert.Contains("Idea number 1", second);
        Assert.Contains("Newer ideas", second);
        Assert.DoesNotContain("Idea number 3", second);
    }

    /// <summary>The list shows each idea's words to everyone in the chat: that is quoting them.</summary>
    [Theory]
    [InlineData("FacilitatorsOnly")]
    [InlineData("ThemesOnly")]
    public async Task Should_leave_out_ideas_whose_authors_did_not_allow_quoting(string consent)
    {
        var data = ShareTurnTests.Idea("Words not to be quoted");
        data["consent"] = consent;
        var thanks = ReplacementCard(await _bot.SendAsync(Invoke(data))).ToString();
        Assert.Contains(SharedCard.NotListed, thanks);
        await ShareIdeaAsync("Words that may be quoted");

        var card = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(Message("ideas")))).ToString();

        Assert.DoesNotContain("Words not to be quoted", card);
        Assert.Contains("Words that may be quoted", card);
    }

    [Fact]
    public async Task Should_count_support_once_per_person_and_take_it_back_when_pressed_again()
    {
        var idea = await ShareIdeaAsync("Evening appointments");
        var support = Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id, page = 0 });

        var first = await _bot.SendAsync(Invoke(support, Person("ali")));
        await _bot.SendAsync(Invoke(support, Person("bo")));
        var again = await _bot.SendAsync(Invoke(support, Person("ali")));

        Assert.Contains("This matters to me too (1)", ReplacementCard(first).ToString());
        Assert.Contains(IdeasPageCard.SupportNotice(false), ReplacementCard(again).ToString());
        Assert.Contains("This matters to me too (1)", ReplacementCard(again).ToString());
        Assert.Equal(1, await _bot.Supports.CountAsync("round-1", idea.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Should_change_nothing_when_the_same_support_press_is_delivered_twice()
    {
        var idea = await ShareIdeaAsync("Evening appointments");
        var press = Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id }), Person("ali"), id: "press-1");

        await _bot.SendAsIsAsync(press);
        var again = await _bot.SendAsIsAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id }), Person("ali"), id: "press-1"));

        Assert.Contains("This matters to me too (1)", ReplacementCard(again).ToString());

        Assert.Equal(1, await _bot.Supports.CountAsync("round-1", idea.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Should_record_the_supporters_voice_group_from_what_they_shared_in_the_round()
    {
        var idea = await ShareIdeaAsync("Evening appointments");
        await _bot.SendAsync(Invoke(ShareTurnTests.Story("My story"), Person("ali")));

        await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id }), Person("ali")));

        Assert.Equal(VoiceGroup.LivedExperience, Assert.Single(await _bot.Supports.ListForRoundAsync("round-1", CancellationToken.None)).Group);
    }

    [Theory]
    [InlineData("team-2", Tenant, NoticeCard.NotAllowed)]
    [InlineData(Team, "tenant-2", NoticeCard.NotAllowed)]
    public async Task Should_refuse_support_from_another_team_or_tenant(string team, string tenant, string message)
    {
        var idea = await ShareIdeaAsync("Evening appointments");

        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id }), team: team, tenant: tenant));

        Assert.Contains(message, ReplacementCard(replies).ToString());
        Assert.Empty(_bot.Supports.Rows);
    }

    [Theory]
    [InlineData("team-2", Tenant)]
    [InlineData(Team, "tenant-2")]
    public async Task Should_show_no_ideas_and_open_no_form_when_pressed_from_another_team_or_tenant(string team, string tenant)
    {
        var idea = await ShareIdeaAsync("Evening appointments");

        var page = await _bot.SendAsync(Invoke(Data(CardActionNames.IdeasPage, new { roundId = "round-1", page = 0 }), team: team, tenant: tenant));
        var buildOn = await _bot.SendAsync(Invoke(Data(CardActionNames.OpenIdeaForm, new { roundId = "round-1", buildsOnId = idea.Id }), team: team, tenant: tenant));

        Assert.Contains(NoticeCard.NotAllowed, ReplacementCard(page).ToString());
        Assert.DoesNotContain("Evening appointments", ReplacementCard(page).ToString());
        Assert.Equal(NoticeCard.NotAllowed, InvokeResponseOf(buildOn).Value);
        Assert.Empty(Messages(buildOn));
    }

    [Fact]
    public async Task Should_refuse_support_when_the_round_is_closed_or_the_idea_unknown()
    {
        var idea = await ShareIdeaAsync("Evening appointments");
        var unknown = await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = "nope" })));
        await _bot.Rounds.CloseAsync(_bot.Rounds.Rounds["round-1"], CancellationToken.None);

        var closed = await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id })));

        Assert.Contains("That idea is no longer here.", ReplacementCard(unknown).ToString());
        Assert.Contains(NoticeCard.RoundClosed, ReplacementCard(closed).ToString());
        // The list stays, as it is now: a closed round's has no buttons.
        Assert.Contains("Evening appointments", ReplacementCard(closed).ToString());
        Assert.DoesNotContain(IdeasPageCard.SupportTitle, ReplacementCard(closed).ToString());
        Assert.Empty(_bot.Supports.Rows);
    }

    [Theory]
    [InlineData(CardActionNames.ToggleSupport)]
    [InlineData(CardActionNames.FollowIdea)]
    public async Task Should_show_the_list_as_it_is_now_to_everyone_without_the_words_when_a_removed_idea_is_pressed(string action)
    {
        await ShareIdeaAsync("Evening appointments");
        var removed = await ShareIdeaAsync("Words their author took back");
        await _bot.SendAsync(Invoke(Data(CardActionNames.ConfirmRemove, new { roundId = "round-1", contributionId = removed.Id })));

        var replies = await _bot.SendAsync(Invoke(Data(action, new { roundId = "round-1", ideaId = removed.Id, page = 0 }), Person("ali"), replyToId: "list-1"));

        var mine = ReplacementCard(replies).ToString();
        Assert.Contains(NoticeCard.For(SupportOutcome.IdeaUnknown), mine);
        Assert.Contains("Evening appointments", mine);
        Assert.DoesNotContain("Words their author took back", mine);
        var everyone = Assert.Single(_bot.Adapter.Updated);
        Assert.Equal("list-1", everyone.Id);
        Assert.Contains("Evening appointments", BotTestHarness.CardOf(everyone).ToString());
        Assert.DoesNotContain("Words their author took back", BotTestHarness.CardOf(everyone).ToString());
        Assert.Empty(_bot.Supports.Rows);
    }

    [Fact]
    public async Task Should_open_an_idea_form_linked_to_the_idea_and_store_the_link_when_build_on_this_is_pressed()
    {
        var idea = await ShareIdeaAsync("Evening appointments");

        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.OpenIdeaForm, new { roundId = "round-1", buildsOnId = idea.Id })));

        var form = BotTestHarness.CardOf(Assert.Single(Messages(replies)));
        Assert.Contains("You are building on this idea", form.ToString());
        var data = ShareTurnTests.Idea("And at weekends too", buildsOnId: form.SelectToken("actions[0].data.buildsOnId")!.ToString());
        await _bot.SendAsync(Invoke(data));
        Assert.Contains(_bot.Contributions.Saved.Values, c => c.BuildsOnId == idea.Id && c.Text == "And at weekends too");
    }

    [Fact]
    public async Task Should_not_show_the_words_of_an_idea_kept_for_themes_only_when_someone_asks_to_build_on_it()
    {
        var data = ShareTurnTests.Idea("Words not to be quoted");
        data["consent"] = "ThemesOnly";
        await _bot.SendAsync(Invoke(data));
        var idea = _bot.Contributions.Saved.Values.Single();

        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.OpenIdeaForm, new { roundId = "round-1", buildsOnId = idea.Id })));

        var form = BotTestHarness.CardOf(Assert.Single(Messages(replies))).ToString();
        Assert.Contains(ContributionFormCard.IdeaTitle, form);
        Assert.DoesNotContain("Words not to be quoted", form);
    }

    [Fact]
    public async Task Should_say_the_idea_is_gone_and_offer_a_form_of_their_own_when_build_on_this_is_pressed_on_a_removed_idea()
    {
        var removed = await ShareIdeaAsync("Words their author took back");
        await _bot.SendAsync(Invoke(Data(CardActionNames.ConfirmRemove, new { roundId = "round-1", contributionId = removed.Id })));

        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.OpenIdeaForm, new { roundId = "round-1", buildsOnId = removed.Id }), Person("ali")));

        Assert.Equal(OpenFormAction.BuildsOnGone, InvokeResponseOf(replies).Value);
        var form = BotTestHarness.CardOf(Assert.Single(Messages(replies)));
        Assert.Equal(ContributionFormCard.IdeaTitle, form["body"]![0]!["text"]!.ToString());
        Assert.Null(form.SelectToken("actions[0].data.buildsOnId"));
    }

    [Fact]
    public async Task Should_send_the_form_back_when_the_idea_it_builds_on_is_unknown()
    {
        var replies = await _bot.SendAsync(Invoke(ShareTurnTests.Idea("Building on nothing", buildsOnId: "gone")));

        var card = ReplacementCard(replies);
        Assert.Contains("The idea you were building on is no longer here.", card.ToString());
        Assert.Null(card.SelectToken("actions[0].data.buildsOnId"));
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_update_the_pressed_card_when_support_arrives_as_an_action_submit_message()
    {
        var idea = await ShareIdeaAsync("Evening appointments");

        var replies = await _bot.SendAsync(Submit(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id }), replyToId: "card-9"));

        Assert.Equal(1, await _bot.Supports.CountAsync("round-1", idea.Id, CancellationToken.None));
        Assert.DoesNotContain(replies, r => r.Type == Microsoft.Bot.Schema.ActivityTypes.Message && r.Attachments is null);
        Assert.Equal("card-9", Assert.Single(_bot.Adapter.Updated).Id);
    }

    private async Task<Contribution> ShareIdeaAsync(string text)
    {
        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea(text)));
        return _bot.Contributions.Saved.Values.Single(c => c.Text == text);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
