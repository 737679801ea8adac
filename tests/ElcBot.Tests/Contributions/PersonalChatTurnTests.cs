using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Contributions;
using ElcBot.Tests.Bot;
using Newtonsoft.Json.Linq;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

public sealed class PersonalChatTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        await _bot.Rounds.TryOpenAsync(OpenRound("round-2") with { ConversationId = "19:other@thread.tacv2", TeamId = "team-2", Question = "Another team's question" }, CancellationToken.None);
    }

    [Fact]
    public async Task Should_offer_only_the_open_rounds_of_teams_the_person_belongs_to_when_they_type_share_in_a_direct_chat()
    {
        var guest = Person("guest");

        var replies = await _bot.SendAsIsAsync(PersonalMessage("share", guest), Roster.With((Team, guest.Id, "guest")));

        var card = BotTestHarness.CardOf(Assert.Single(replies)).ToString();
        Assert.Contains(RoundPickerCard.Title, card);
        Assert.Contains("What would make it easier to get help?", card);
        Assert.DoesNotContain("Another team's question", card);
    }

    [Fact]
    public async Task Should_not_offer_a_round_past_its_last_day_when_someone_types_share_in_a_direct_chat()
    {
        var lastDay = DateOnly.FromDateTime(_bot.Time.GetUtcNow().UtcDateTime).AddDays(-1);
        await _bot.Rounds.TryOpenAsync(OpenRound("round-ended") with { ConversationId = "19:ended@thread.tacv2", Question = "A question whose last day has gone", EndsOn = lastDay },
            CancellationToken.None);
        var person = Person("priya");

        var replies = await _bot.SendAsIsAsync(PersonalMessage("share", person), Roster.With((Team, person.Id, "user")));

        var picker = BotTestHarness.CardOf(Assert.Single(replies)).ToString();
        Assert.Contains("What would make it easier to get help?", picker);
        Assert.DoesNotContain("A question whose last day has gone", picker);
    }

    [Fact]
    public async Task Should_find_the_persons_own_organisations_round_first_when_there_are_more_teams_than_are_checked()
    {
        for (var i = 0; i < SharableRounds.MaxTeamsChecked + 5; i++)
        {
            await _bot.Rounds.TryOpenAsync(OpenRound($"busy-{i}") with { ConversationId = $"19:busy-{i}@thread.tacv2", TeamId = $"busy-team-{i}", Question = $"Busy team {i}" }, CancellationToken.None);
        }

        await _bot.Rounds.TryOpenAsync(OpenRound("own") with
        {
            ConversationId = "19:own@thread.tacv2", TeamId = "own-team", TenantId = "own-tenant", Question = "My own organisation's question",
            CreatedAt = new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero),
        }, CancellationToken.None);
        var person = Person("staff");
        var share = PersonalMessage("share", person);
        share.Conversation.TenantId = "own-tenant";
        share.ChannelData = Newtonsoft.Json.Linq.JObject.FromObject(new Microsoft.Bot.Schema.Teams.TeamsChannelData { Tenant = new Microsoft.Bot.Schema.Teams.TenantInfo("own-tenant") });

        var replies = await _bot.SendAsIsAsync(share, Roster.With(("own-team", person.Id, "user")));

        Assert.Contains("My own organisation's question", BotTestHarness.CardOf(Assert.Single(replies)).ToString());
    }

    [Fact]
    public async Task Should_store_a_story_shared_from_a_direct_chat_by_a_guest_of_the_rounds_team()
    {
        var guest = Person("guest");
        var share = PersonalMessage(string.Empty, guest);
        share.Type = Microsoft.Bot.Schema.ActivityTypes.Invoke;
        share.Name = "adaptiveCard/action";
        share.Value = Newtonsoft.Json.Linq.JObject.FromObject(new { action = new { type = "Action.Execute", data = ShareTurnTests.Story("Shared from my own chat") } });

        var replies = await _bot.SendAsIsAsync(share, Roster.With((Team, guest.Id, "guest")));

        Assert.Equal(SharedCard.StoryTitle, ReplacementCard(replies)["body"]![0]!["text"]!.ToString());
        Assert.Equal("round-1", Assert.Single(_bot.Contributions.Saved.Values).RoundId);
    }

    [Fact]
    public async Task Should_refuse_a_direct_chat_share_into_a_team_the_person_does_not_belong_to()
    {
        var share = PersonalMessage(string.Empty);
        share.Type = Microsoft.Bot.Schema.ActivityTypes.Invoke;
        share.Name = "adaptiveCard/action";
        share.Value = Newtonsoft.Json.Linq.JObject.FromObject(new { action = new { type = "Action.Execute", data = ShareTurnTests.Story("Not my team") } });

        var replies = await _bot.SendAsIsAsync(share, Roster.With(("team-2", Person().Id, "user")));

        Assert.Equal($"{NoticeCard.NotAllowed} {ShareAction.WordsStillHere}", InvokeResponseOf(replies).Value);
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_treat_a_team_owner_reported_by_the_roster_as_a_facilitator()
    {
        var owner = Person("owner");
        await _bot.Rounds.CloseAsync(_bot.Rounds.Rounds["round-1"], CancellationToken.None);

        var replies = await _bot.SendAsIsAsync(Message("start round", owner), Roster.With((Team, owner.Id, "owner")));

        Assert.Equal(RoundStartCard.Title, BotTestHarness.CardOf(Assert.Single(replies))["body"]![0]!["text"]!.ToString());
    }

    [Fact]
    public async Task Should_list_what_the_person_shared_with_each_rounds_status_when_they_type_my_contributions()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Story("My own story")));
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea("My own idea")));
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea("Someone else's idea"), Person("other")));
        await _bot.Rounds.CloseAsync(_bot.Rounds.Rounds["round-1"], CancellationToken.None);

        var replies = await _bot.SendAsync(PersonalMessage("my contributions"));

        var card = BotTestHarness.CardOf(Assert.Single(replies)).ToString();
        Assert.Contains("My own story", card);
        Assert.Contains("My own idea", card);
        Assert.Contains("round closed", card);
        Assert.DoesNotContain("Someone else's idea", card);
    }

    [Fact]
    public async Task Should_reach_every_story_and_its_remove_button_page_by_page_when_someone_shared_more_than_fit_on_one_card()
    {
        var count = MyContributionsCard.PageSize + 3;
        for (var i = 1; i <= count; i++)
        {
            _bot.Time.Advance(TimeSpan.FromMinutes(1));
            await _bot.SendAsync(Invoke(ShareTurnTests.Story($"Story number {i}.")));
        }

        var first = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(PersonalMessage("my contributions"))));
        Assert.DoesNotContain("Story number 1.", first.ToString());
        var older = first.SelectToken("actions[?(@.title == 'Older ones')].data")!;
        var second = ReplacementCard(await _bot.SendAsync(PersonalInvoke((JObject)older.DeepClone())));

        Assert.Contains("Page 2 of 2", second.ToString());
        var oldest = _bot.Contributions.Saved.Values.Single(c => c.Text == "Story number 1.");
        Assert.Contains("Story number 1.", second.ToString());
        Assert.Single(second.SelectTokens("$..actions[?(@.title == 'Remove this story')].data"), d => (string?)d["contributionId"] == oldest.Id);
        Assert.NotNull(second.SelectToken("actions[?(@.title == 'Newer ones')]"));
    }

    [Fact]
    public async Task Should_not_show_a_persons_words_when_a_my_contributions_page_is_pressed_in_a_channel()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Story("Kept for the facilitators")));

        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.MyContributionsPage, new { page = 0 })));

        Assert.Equal(NoticeCard.PersonalOnly, InvokeResponseOf(replies).Value);
    }

    [Fact]
    public async Task Should_say_nothing_they_shared_is_kept_when_yes_delete_it_all_is_pressed_twice()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Story("My own story")));

        var first = ReplacementCard(await _bot.SendAsync(PersonalInvoke(Data(CardActionNames.ConfirmForget))));
        var again = ReplacementCard(await _bot.SendAsync(PersonalInvoke(Data(CardActionNames.ConfirmForget))));

        Assert.Contains("I deleted 1 thing", first.ToString());
        Assert.Contains(ForgetMeCard.NothingLeft, again.ToString());
        Assert.DoesNotContain("There was nothing to delete.", again.ToString());
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Theory]
    [InlineData("my contributions")]
    [InlineData("forget me")]
    public async Task Should_ask_for_a_direct_chat_when_someone_asks_for_their_own_data_in_a_channel(string command)
    {
        var replies = await _bot.SendAsync(Message(command));

        Assert.Equal(NoticeCard.PersonalOnly, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_erase_every_story_idea_and_support_of_the_person_and_say_how_many_after_confirmation()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Story("My own story")));
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea("My own idea")));
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea("Someone else's idea"), Person("other")));
        var others = _bot.Contributions.Saved.Values.Single(c => c.Text == "Someone else's idea");
        var mine = _bot.Contributions.Saved.Values.Single(c => c.Text == "My own idea");
        await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = others.Id })));
        await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = mine.Id }), Person("other")));

        var asked = await _bot.SendAsync(PersonalMessage("forget me"));
        var done = await _bot.SendAsync(Invoke(Data(CardActionNames.ConfirmForget)));

        Assert.Contains(ForgetMeCard.Title, BotTestHarness.CardOf(Assert.Single(asked)).ToString());
        Assert.Contains("I deleted 3 things: 1 story, 1 idea and 1 support.", ReplacementCard(done).ToString());
        Assert.Equal([others.Id], _bot.Contributions.Saved.Values.Select(c => c.Id));
        Assert.Empty(_bot.Supports.Rows);
    }

    [Fact]
    public async Task Should_delete_nothing_when_the_person_says_no()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Story("My own story")));

        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.CancelForget)));

        Assert.Contains(ForgetMeCard.Kept, ReplacementCard(replies).ToString());
        Assert.Single(_bot.Contributions.Saved);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
