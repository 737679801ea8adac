using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Bot.Updates;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Updates;
using ElcBot.Tests.Bot;
using ElcBot.Tests.Contributions;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Updates;

/// <summary>Asking to be told what happens: the form's tick, the offer after supporting an idea, and `stop updates`.</summary>
public sealed class ContactPermissionTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync() => await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Should_offer_the_tell_me_tick_switched_off_when_a_form_is_opened()
    {
        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.OpenIdeaForm, new { roundId = "round-1" })));

        var form = BotTestHarness.CardOf(Assert.Single(Messages(replies)));
        var tick = form.SelectToken($"$..body[?(@.id == '{ContributionFormCard.TellMeInput}')]");
        Assert.NotNull(tick);
        Assert.Equal("false", tick["value"]!.ToString());
    }

    [Fact]
    public async Task Should_not_keep_permission_or_an_address_when_the_tick_is_left_off()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea("Evening appointments")));

        Assert.False(Assert.Single(_bot.Contributions.Saved.Values).MayContact);
        Assert.Empty(_bot.Contacts.Saved);
    }

    [Fact]
    public async Task Should_keep_permission_and_a_sealed_address_when_the_tick_is_on()
    {
        var form = ShareTurnTests.Idea("Evening appointments");
        form[ContributionFormCard.TellMeInput] = "true";

        var replies = await _bot.SendAsync(Invoke(form, Person("ali")));

        var saved = Assert.Single(_bot.Contributions.Saved.Values);
        Assert.True(saved.MayContact);
        Assert.Contains(SharedCard.TellMeNote, ReplacementCard(replies).ToString());
        var contact = Assert.Single(_bot.Contacts.Saved.Values);
        Assert.Equal(saved.ContributorKey, contact.ContributorKey);
        Assert.DoesNotContain("29:ali", contact.SealedAddress);
        var address = PersonalChatAddress.FromJson((await _bot.Get<ContactBook>().FindAsync(saved.ContributorKey, CancellationToken.None))!);
        Assert.Equal(("29:ali", TeamsTurns.Tenant, (string?)null), (address!.UserId, address.TenantId, address.ConversationId));
    }

    [Fact]
    public async Task Should_offer_to_tell_a_supporter_what_happens_and_record_it_when_they_press()
    {
        var idea = await ShareIdeaAsync();
        var supported = ReplacementCard(await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id }), Person("bo"))));
        Assert.Contains(IdeasPageCard.FollowTitle, supported.ToString());
        Assert.False(Assert.Single(_bot.Supports.Rows.Values).Support.MayContact);

        var followed = await _bot.SendAsync(Invoke(Data(CardActionNames.FollowIdea, new { roundId = "round-1", ideaId = idea.Id }), Person("bo")));

        Assert.Contains(FollowIdeaAction.Following, ReplacementCard(followed).ToString());
        Assert.True(Assert.Single(_bot.Supports.Rows.Values).Support.MayContact);
        Assert.True(_bot.Contacts.Saved.ContainsKey(_bot.Get<ContributorKeys>().For("aad-bo")));
    }

    [Fact]
    public async Task Should_record_nothing_and_say_why_when_someone_who_does_not_support_the_idea_asks_to_hear()
    {
        var idea = await ShareIdeaAsync();

        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.FollowIdea, new { roundId = "round-1", ideaId = idea.Id }), Person("cy")));

        Assert.Contains("Press \\\"This matters to me too\\\" on the idea first", ReplacementCard(replies).ToString());
        Assert.Empty(_bot.Supports.Rows);
        Assert.Empty(_bot.Contacts.Saved);
    }

    [Fact]
    public async Task Should_not_offer_to_tell_when_support_is_taken_back()
    {
        var idea = await ShareIdeaAsync();
        var press = Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id });
        await _bot.SendAsync(Invoke(press, Person("bo")));

        var takenBack = ReplacementCard(await _bot.SendAsync(Invoke(press, Person("bo"))));

        Assert.DoesNotContain(IdeasPageCard.FollowTitle, takenBack.ToString());
    }

    [Fact]
    public async Task Should_take_back_every_permission_and_forget_the_address_when_someone_types_stop_updates()
    {
        var form = ShareTurnTests.Idea("Evening appointments");
        form[ContributionFormCard.TellMeInput] = "true";
        await _bot.SendAsync(Invoke(form, Person("ali")));
        var mine = Assert.Single(_bot.Contributions.Saved.Values);
        var other = await ShareIdeaAsync();
        await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = other.Id }), Person("ali")));
        await _bot.SendAsync(Invoke(Data(CardActionNames.FollowIdea, new { roundId = "round-1", ideaId = other.Id }), Person("ali")));

        var replies = await _bot.SendAsync(PersonalMessage("stop updates", Person("ali")));

        Assert.Equal(StopUpdatesCommand.Stopped, Assert.Single(replies).Text);
        Assert.False(_bot.Contributions.Saved[("round-1", mine.Id)].MayContact);
        Assert.All(_bot.Supports.Rows.Values, r => Assert.False(r.Support.MayContact));
        Assert.Empty(_bot.Contacts.Saved);
    }

    private async Task<Contribution> ShareIdeaAsync()
    {
        var before = _bot.Contributions.Saved.Keys.ToHashSet();
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea("A quiet room to wait in"), Person("zoe")));
        return _bot.Contributions.Saved.Single(c => !before.Contains(c.Key)).Value;
    }
}
