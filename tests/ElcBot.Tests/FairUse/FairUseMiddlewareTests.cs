using ElcBot.Bot.FairUse;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ElcBot.Tests.FairUse;

public sealed class FairUseMiddlewareTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly TestAdapter _adapter = new(Microsoft.Bot.Connector.Channels.Msteams);
    private int _reached;

    public FairUseMiddlewareTests() =>
        _adapter.Use(new FairUseMiddleware(new TokenBuckets(new FairUseOptions { Burst = 20, PerSecond = 3 }, _time), NullLogger<FairUseMiddleware>.Instance));

    [Fact]
    public async Task Should_slow_one_person_sending_fifty_in_a_second_and_let_others_through()
    {
        var replies = new List<Activity>();
        for (var i = 0; i < 50; i++)
        {
            replies.AddRange(await SendAsync("29:fast"));
        }

        var other = await SendAsync("29:someone-else");

        Assert.Equal(21, _reached);
        Assert.Equal(1, replies.Count(r => r.Text == FairUseMiddleware.SlowDown));
        Assert.Single(replies);
        Assert.Empty(other);
    }

    [Fact]
    public async Task Should_ask_again_only_when_the_flood_goes_on_past_the_quiet_time()
    {
        for (var i = 0; i < 21; i++)
        {
            await SendAsync("29:fast");
        }

        _time.Advance(TokenBuckets.AskAgainAfter - TimeSpan.FromSeconds(1));
        var stillFlooding = new List<Activity>();
        for (var i = 0; i < 200; i++)
        {
            stillFlooding.AddRange(await SendAsync("29:fast"));
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        var later = new List<Activity>();
        for (var i = 0; i < 10; i++)
        {
            later.AddRange(await SendAsync("29:fast"));
        }

        Assert.Empty(stillFlooding);
        Assert.Equal(FairUseMiddleware.SlowDown, Assert.Single(later).Text);
    }

    [Fact]
    public async Task Should_answer_every_button_pressed_too_fast_as_teams_waits_for_an_answer()
    {
        for (var i = 0; i < 20; i++)
        {
            await SendAsync("29:fast");
        }

        var answers = new List<IReadOnlyList<Activity>>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await SendAsync("29:fast", ActivityTypes.Invoke));
        }

        Assert.Equal(20, _reached);
        Assert.All(answers, a => Assert.Equal(ActivityTypesEx.InvokeResponse, Assert.Single(a).Type));
    }

    [Fact]
    public async Task Should_let_the_person_carry_on_after_a_short_wait()
    {
        for (var i = 0; i < 25; i++)
        {
            await SendAsync("29:fast");
        }

        _time.Advance(TimeSpan.FromSeconds(2));
        var before = _reached;
        var after = await SendAsync("29:fast");

        Assert.Equal(before + 1, _reached);
        Assert.Empty(after);
    }

    private async Task<IReadOnlyList<Activity>> SendAsync(string from, string type = ActivityTypes.Message)
    {
        while (_adapter.ActiveQueue.Count > 0)
        {
            _adapter.ActiveQueue.Dequeue();
        }

        var activity = new Activity(type) { Text = "idea", Name = type == ActivityTypes.Invoke ? "adaptiveCard/action" : null, From = new ChannelAccount(from), Conversation = new ConversationAccount(id: "c"), Recipient = new ChannelAccount("28:bot") };
        _adapter.Conversation = activity.GetConversationReference();
        await _adapter.ProcessActivityAsync(activity, (_, _) =>
        {
            Interlocked.Increment(ref _reached);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return _adapter.ActiveQueue.ToArray();
    }
}
