using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Tests.Bot;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

/// <summary>Each ideas list the bot posts is kept with the id Teams gave it, so erased ideas can be taken out of it later.</summary>
public sealed class PostedIdeaListTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        await _bot.Contributions.AddAsync(new Contribution("round-1", "idea-1", ContributionKind.Idea, "A bench by the pharmacy door.", ContributorRole.Carer,
            ConsentLevel.MayQuote, "key-1", null, null, _bot.Time.GetUtcNow(), "sub-1"), CancellationToken.None);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_keep_the_list_with_its_message_id_and_the_ideas_it_shows_when_someone_types_ideas_in_a_channel()
    {
        var reply = Assert.Single(await _bot.SendAsync(Message("ideas", Person("tom"))));

        var kept = Assert.Single(_bot.PostedIdeaLists.Saved);
        Assert.Equal(("round-1", Channel, reply.Id, 0), (kept.RoundId, kept.ConversationId, kept.MessageId, kept.Page));
        Assert.Equal(["idea-1"], kept.ShownIdeaIds);
        Assert.Contains(Channel, kept.ReferenceJson, StringComparison.Ordinal);
        // The person who asked for the list is not kept with it: "forget me" would have to find them there.
        Assert.DoesNotContain("29:tom", kept.ReferenceJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_a_list_in_a_personal_chat_with_whose_chat_it_is_and_one_in_a_channel_without()
    {
        var inPersonalChat = PersonalInvoke(Data(CardActionNames.IdeasPage, new { roundId = "round-1", page = 0, below = true }), Person("tom"));
        await _bot.SendAsIsAsync(inPersonalChat, Roster.With((Team, "29:tom", "user")));
        await _bot.SendAsync(Message("ideas", Person("tom")));

        var personal = Assert.Single(_bot.PostedIdeaLists.Saved, l => l.ConversationId.StartsWith("a:", StringComparison.Ordinal));
        var inChannel = Assert.Single(_bot.PostedIdeaLists.Saved, l => l.ConversationId == Channel);
        Assert.Equal(_bot.Get<ElcBot.Core.Privacy.ContributorKeys>().For("aad-tom"), personal.ChatOwnerKey);
        Assert.Null(inChannel.ChatOwnerKey);
    }

    [Fact]
    public async Task Should_keep_the_list_posted_below_the_round_card_when_someone_presses_see_the_ideas()
    {
        await _bot.SendAsync(Invoke(Data(CardActionNames.IdeasPage, new { roundId = "round-1", page = 0, below = true })));

        Assert.Equal(["idea-1"], Assert.Single(_bot.PostedIdeaLists.Saved).ShownIdeaIds);
    }

    [Fact]
    public async Task Should_still_show_the_list_when_it_cannot_be_kept()
    {
        _bot.PostedIdeaLists.Failure = new InvalidOperationException("storage is down");

        var reply = Assert.Single(await _bot.SendAsync(Message("ideas")));

        Assert.Contains("A bench by the pharmacy door.", BotTestHarness.CardOf(reply).ToString(), StringComparison.Ordinal);
        Assert.Contains(IdeasPageCard.Title, BotTestHarness.CardOf(reply).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_the_page_a_support_press_shows_everyone_so_erasing_finds_the_ideas_on_it_now()
    {
        // Six more ideas, newest first: the first page shows five of them, the second the rest.
        for (var i = 2; i <= 7; i++)
        {
            await _bot.Contributions.AddAsync(new Contribution("round-1", $"idea-{i}", ContributionKind.Idea, $"Idea number {i} for the clinic.", ContributorRole.Carer,
                ConsentLevel.MayQuote, $"key-{i}", null, null, _bot.Time.GetUtcNow().AddMinutes(i), $"sub-{i}"), CancellationToken.None);
        }

        var listed = Assert.Single(await _bot.SendAsync(Message("ideas", Person("tom"))));

        // Someone had turned the list to its second page and says an idea there matters to them: everyone sees that page now.
        await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = "idea-1", page = 1 }), Person("ali"), replyToId: listed.Id));

        var secondPage = await _bot.Get<IdeaListing>().PageAsync("round-1", 1, CancellationToken.None);
        var kept = Assert.Single(_bot.PostedIdeaLists.Saved);
        Assert.Equal((listed.Id, 1), (kept.MessageId, kept.Page));
        Assert.NotEmpty(secondPage.Items);
        Assert.Equal(secondPage.Items.Select(i => i.Idea.Id), kept.ShownIdeaIds);
    }

    [Fact]
    public async Task Should_start_keeping_a_list_posted_before_lists_were_kept_from_its_first_press()
    {
        await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = "idea-1", page = 0 }), Person("ali"), replyToId: "older-list"));

        var kept = Assert.Single(_bot.PostedIdeaLists.Saved);
        Assert.Equal(("older-list", Channel, 0), (kept.MessageId, kept.ConversationId, kept.Page));
        Assert.Equal(["idea-1"], kept.ShownIdeaIds);
    }
}
