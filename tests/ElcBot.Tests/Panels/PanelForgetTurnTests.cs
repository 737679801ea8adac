using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Tests.Bot;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Panels;

/// <summary>"Forget me" from a panel member, through the real bot and its registrations.</summary>
public sealed class PanelForgetTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        _bot.Panels.Add("round-1", "29:sam", ContributorRole.Carer, "Sam");
        _bot.Panels.Add("round-1", "29:ali", ContributorRole.UsesServices, "Ali");
        _bot.Drafts.Put(PanelSamples.Draft() with { RoundId = "round-1", ApprovedBy = ["29:sam"] });
        _bot.Panels.Changes.Enqueue(new PanelChange("round-1", _bot.Time.GetUtcNow(), new PanelActor("29:sam", "Sam"), new ChangeNote(PanelChangeKind.Approved, Count: 1, Of: 2), "s1"));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Should_say_panels_are_left_too_when_someone_types_forget_me()
    {
        var replies = await _bot.SendAsync(PersonalMessage("forget me"));

        Assert.Contains("If you are on a review panel, I will take you off it.", BotTestHarness.CardOf(Assert.Single(replies)).ToString());
    }

    [Fact]
    public async Task Should_take_a_member_off_the_panel_and_their_name_out_of_its_log_when_they_confirm_forget_me()
    {
        var done = await _bot.SendAsync(ConfirmInPersonalChat(Person("sam")));

        Assert.Contains(ForgetMeCard.DoneTitle, ReplacementCard(done).ToString());
        Assert.Equal(["29:ali"], _bot.Panels.Members.Values.Select(m => m.UserId));
        Assert.Empty((await _bot.Drafts.FindAsync("round-1", CancellationToken.None))!.Draft.ApprovedBy);
        var log = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(Message("panel log", Facilitator)))).ToString();
        Assert.Contains("Someone who asked to be forgotten approved the draft (1 of 2).", log);
        Assert.Contains("ElcBot took Someone who asked to be forgotten off the panel.", log);
        Assert.DoesNotContain("Sam", log);
    }

    [Fact]
    public async Task Should_leave_the_panel_as_it_was_when_someone_not_on_it_confirms_forget_me()
    {
        await _bot.SendAsync(ConfirmInPersonalChat(Person("jo")));

        Assert.Equal(["29:ali", "29:sam"], _bot.Panels.Members.Values.Select(m => m.UserId).Order());
        Assert.Equal(["29:sam"], (await _bot.Drafts.FindAsync("round-1", CancellationToken.None))!.Draft.ApprovedBy);
        Assert.Equal("Sam", Assert.Single(_bot.Panels.Changes).Actor.Name);
    }

    /// <summary>"Yes, delete it all" pressed in the person's personal chat, in the tenant of the round.</summary>
    private static Activity ConfirmInPersonalChat(ChannelAccount person)
    {
        var press = PersonalMessage(string.Empty, person);
        press.Type = ActivityTypes.Invoke;
        press.Name = "adaptiveCard/action";
        press.Value = JObject.FromObject(new { action = new { type = "Action.Execute", data = Data(CardActionNames.ConfirmForget) } });
        press.Conversation.TenantId = Tenant;
        press.ChannelData = JObject.FromObject(new TeamsChannelData { Tenant = new TenantInfo(Tenant) });
        return press;
    }
}
