using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Panels;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Tests.Bot;
using ElcBot.Tests.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Panels;

/// <summary>The facilitators' panel commands and the role card, through the real bot.</summary>
public sealed class PanelCommandTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync() => await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("panel add")]
    [InlineData("panel remove")]
    [InlineData("panel list")]
    [InlineData("panel log")]
    [InlineData("panel publish")]
    [InlineData("panel")]
    [InlineData("panel dance")]
    public async Task Should_say_a_kind_no_and_change_nothing_when_someone_who_is_not_a_facilitator_asks(string command)
    {
        var replies = await _bot.SendAsync(Mentioning($"<at>ElcBot</at> {command} <at>Sam</at>", Person("ali"), ("29:sam", "Sam")));

        Assert.Equal(FacilitatorReplies.NotAllowed, Assert.Single(replies).Text);
        Assert.Empty(_bot.Panels.Members);
        Assert.Empty(_bot.Panels.Changes);
    }

    [Fact]
    public async Task Should_ask_the_role_of_each_person_but_not_the_bot_when_a_facilitator_mentions_them()
    {
        var replies = await _bot.SendAsync(Mentioning("<at>ElcBot</at> panel add <at>Sam</at> <at>Jo</at>", Facilitator, ("29:sam", "Sam"), ("29:jo", "Jo")));

        Assert.Equal(2, replies.Count);
        var first = BotTestHarness.CardOf(replies[0]);
        Assert.Equal(["Add to the review panel", "Sam"], ShownLines.Of(first.ToString()).Take(2));
        Assert.Equal("29:sam", first.SelectToken("actions[0].data.userId")!.ToString());
        Assert.Contains("Someone who cares for a person who uses services", first.ToString());
        Assert.Equal("Jo", ShownLines.Of(BotTestHarness.CardOf(replies[1]).ToString())[1]);
        Assert.Empty(_bot.Panels.Members);
    }

    [Fact]
    public async Task Should_list_the_panel_when_a_facilitator_types_panel_alone_and_explain_the_words_when_one_is_unknown()
    {
        var list = Assert.Single(await _bot.SendAsync(Mentioning("panel", Facilitator)));
        var unknown = Assert.Single(await _bot.SendAsync(Mentioning("panel dance", Facilitator)));

        Assert.Equal(PanelListCard.Title, BotTestHarness.CardOf(list)["body"]![0]!["text"]!.ToString());
        Assert.Equal(PanelCommand.Usage, unknown.Text);
    }

    [Fact]
    public async Task Should_ask_for_a_mention_when_no_one_is_mentioned()
    {
        var replies = await _bot.SendAsync(Mentioning("<at>ElcBot</at> panel add Sam", Facilitator));

        Assert.Equal("Please @mention the person, for example: **panel add @Sam**.", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_add_the_person_with_their_role_and_warn_when_fewer_than_half_have_lived_experience()
    {
        var replies = await _bot.SendAsync(Invoke(RoleData("29:sam", "Sam", nameof(ContributorRole.HealthOrCareStaff)), Facilitator));

        var card = ReplacementCard(replies).ToString();
        var member = Assert.Single(_bot.Panels.Members.Values);
        Assert.Equal(("29:sam", "Sam", ContributorRole.HealthOrCareStaff, "28:bot", Tenant), (member.UserId, member.Name, member.Role, member.Address.BotId, member.Address.TenantId));
        Assert.Contains("Fewer than half of the panel", card);
        Assert.Contains("Sam is on the panel now", card);
        var logged = Assert.Single(_bot.Panels.Changes);
        Assert.Equal((PanelChangeKind.MemberAdded, "Sam", "Fran Facilitator"), (logged.Note.Kind, logged.Note.Subject, logged.Actor.Name));
    }

    [Fact]
    public async Task Should_not_warn_when_half_the_panel_have_lived_experience()
    {
        await _bot.SendAsync(Invoke(RoleData("29:sam", "Sam", nameof(ContributorRole.HealthOrCareStaff)), Facilitator));

        var replies = await _bot.SendAsync(Invoke(RoleData("29:jo", "Jo", nameof(ContributorRole.Carer)), Facilitator));

        Assert.DoesNotContain("Fewer than half", ReplacementCard(replies).ToString());
        Assert.Equal(2, _bot.Panels.Members.Count);
    }

    [Fact]
    public async Task Should_send_the_role_card_back_and_add_no_one_when_no_role_was_chosen()
    {
        var replies = await _bot.SendAsync(Invoke(RoleData("29:sam", "Sam", "7"), Facilitator));

        Assert.Contains("Please choose one.", ReplacementCard(replies).ToString());
        Assert.Empty(_bot.Panels.Members);
    }

    [Fact]
    public async Task Should_add_no_one_when_someone_who_is_not_a_facilitator_presses_the_role_card()
    {
        var replies = await _bot.SendAsync(Invoke(RoleData("29:sam", "Sam", nameof(ContributorRole.Carer)), Person("ali")));

        Assert.Equal(CardActionReplies.Plain(FacilitatorReplies.NotAllowed), InvokeResponseOf(replies).Value?.ToString());
        Assert.Empty(_bot.Panels.Members);
    }

    [Fact]
    public async Task Should_list_roles_and_take_people_off_when_a_facilitator_asks()
    {
        _bot.Panels.Add("round-1", "29:sam", ContributorRole.Carer, "Sam");
        _bot.Panels.Add("round-1", "29:jo", ContributorRole.HealthOrCareStaff, "Jo");

        var list = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(Mentioning("panel list", Facilitator)))).ToString();
        var removed = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(Mentioning("panel remove <at>Jo</at> <at>Max</at>", Facilitator, ("29:jo", "Jo"), ("29:max", "Max"))))).ToString();

        Assert.Contains("someone who cares for a person who uses services", list);
        Assert.Contains("2 people, 1 with lived experience.", list);
        Assert.Contains("Jo is no longer on the panel. Max was not on the panel.", removed);
        Assert.Equal(["29:sam"], _bot.Panels.Members.Values.Select(m => m.UserId));
        Assert.Equal(PanelChangeKind.MemberRemoved, Assert.Single(_bot.Panels.Changes).Note.Kind);
    }

    [Fact]
    public async Task Should_refuse_to_publish_before_the_deadline_when_most_have_not_approved()
    {
        _bot.Panels.Add("round-1", "29:sam", ContributorRole.Carer, "Sam");
        _bot.Drafts.Put(PanelSamples.Draft() with { RoundId = "round-1", Deadline = _bot.Time.GetUtcNow().AddDays(2) });

        var reply = Assert.Single(await _bot.SendAsync(Mentioning("panel publish", Facilitator)));

        Assert.Contains("The panel still has time to check the draft. 0 of 1 on the panel have approved this version.", reply.Text);
        Assert.Contains("A facilitator can post it after Wednesday 4 March at 09:00", reply.Text);
        Assert.Equal(DraftState.InReview, (await _bot.Drafts.FindAsync("round-1", CancellationToken.None))!.Draft.State);
    }

    [Fact]
    public async Task Should_keep_the_channels_address_so_the_draft_can_be_posted_there_when_a_facilitator_types_panel_publish_in_it()
    {
        _bot.Panels.Add("round-1", "29:sam", ContributorRole.Carer, "Sam");
        _bot.Drafts.Put(PanelSamples.Draft() with { RoundId = "round-1", Deadline = _bot.Time.GetUtcNow().AddDays(2) });

        await _bot.SendAsync(Mentioning("panel publish", Facilitator));

        Assert.True(_bot.Conversations.Saved.ContainsKey(Channel));
    }

    [Fact]
    public async Task Should_show_every_change_newest_first_when_a_facilitator_asks_for_the_log()
    {
        _bot.Panels.Changes.Enqueue(new PanelChange("round-1", PanelSamples.SentAt, new PanelActor("29:sam", "Sam"), new ChangeNote(PanelChangeKind.Renamed, "phone lines", "Getting through")));
        _bot.Panels.Changes.Enqueue(new PanelChange("round-1", PanelSamples.SentAt.AddHours(1), new PanelActor("29:jo", "Jo"), new ChangeNote(PanelChangeKind.Approved, Count: 1, Of: 2)));

        var card = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(Mentioning("panel log", Facilitator)))).ToString();

        Assert.True(card.IndexOf("Jo approved the draft (1 of 2).", StringComparison.Ordinal) < card.IndexOf("Sam renamed \\\"phone lines\\\" to \\\"Getting through\\\".", StringComparison.Ordinal));
        Assert.Contains("2 Mar, 09:00", card);
    }

    private static JObject RoleData(string userId, string name, string role) =>
        Data(PanelCardActions.SetRole, new { roundId = "round-1", userId, name, panelRole = role });

    /// <summary>A channel message with Teams mention entities, the bot's first.</summary>
    private static Activity Mentioning(string text, ChannelAccount from, params (string Id, string Name)[] people)
    {
        var activity = Message(text, from);
        activity.Entities =
        [
            Mention("28:bot", "ElcBot"),
            .. people.Select(p => Mention(p.Id, p.Name)),
        ];
        return activity;
    }

    private static Entity Mention(string id, string name) =>
        new("mention") { Properties = JObject.FromObject(new { mentioned = new { id, name }, text = $"<at>{name}</at>" }) };
}
