using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Panels;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Tests.Cards;
using ElcBot.Tests.Fakes;
using ElcBot.Tests.Summaries;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ElcBot.Tests.Panels;

/// <summary>What the `summary` command, the weekly schedule and the summary card do when a round has a review panel.</summary>
public sealed class PanelSummaryRoutingTests
{
    private static readonly SummaryRound Round = new("r1", "19:channel@thread.tacv2", "What would help?", "Dream", DateTimeOffset.UnixEpoch);
    private readonly Mock<ISummaryPublisher> _publisher = new();
    private readonly Mock<IFacilitatorCheck> _facilitators = new();
    private readonly Mock<ISummaryRounds> _rounds = new();

    public PanelSummaryRoutingTests()
    {
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _rounds.Setup(r => r.FindForConversationAsync(Round.ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync(Round);
    }

    [Theory]
    [InlineData("channel", PublishOutcome.SentToPanel, null)]
    [InlineData("personal", PublishOutcome.SentToPanel, PanelReplies.SentFromPersonal)]
    [InlineData("personal", PublishOutcome.SentToPanelChannelUnknown, PanelReplies.SentChannelUnknown)]
    [InlineData("channel", PublishOutcome.PanelBusy, PanelReplies.AlreadyWithPanel)]
    [InlineData("personal", PublishOutcome.PanelBusy, PanelReplies.AlreadyWithPanelElsewhere)]
    public async Task Should_tell_the_facilitator_where_the_summary_went_when_the_round_has_a_panel(string conversationType, PublishOutcome outcome, string? expected)
    {
        _publisher.Setup(p => p.PublishAsync("r1", It.IsAny<CancellationToken>())).ReturnsAsync(outcome);
        var command = new SummaryCommand(_facilitators.Object, _rounds.Object, _publisher.Object, new FakeScheduleStore(), new ElcBot.Bot.Installation.ConversationRegistrar(new FakeConversationDirectory(), TimeProvider.System), TimeProvider.System);
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Msteams);
        using var turn = new TurnContext(adapter, new Activity(ActivityTypes.Message)
        {
            ChannelId = "msteams",
            Conversation = new ConversationAccount(id: Round.ConversationId, conversationType: conversationType),
            From = new ChannelAccount("29:facilitator"),
            Recipient = new ChannelAccount("28:bot"),
        });

        var reply = await command.PublishAsync(turn, "r1", CancellationToken.None);

        Assert.Equal(expected, reply);
        Assert.Empty(adapter.ActiveQueue);
    }

    [Theory]
    [InlineData(PublishOutcome.SentToPanel)]
    [InlineData(PublishOutcome.PanelBusy)]
    public async Task Should_move_the_weekly_schedule_on_when_the_summary_went_to_the_panel(PublishOutcome outcome)
    {
        var monday = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        var schedules = new FakeScheduleStore();
        await schedules.SaveAsync(new SummarySchedule("r1", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", monday), CancellationToken.None);
        var ledger = new Mock<ISummaryRunLedger>();
        ledger.Setup(l => l.TryClaimAsync("r1", monday, It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _publisher.Setup(p => p.PublishAsync("r1", It.IsAny<CancellationToken>())).ReturnsAsync(outcome);
        var runner = new ScheduledSummaryRunner(schedules, ledger.Object, _publisher.Object, NullLogger<ScheduledSummaryRunner>.Instance);

        await runner.RunDueAsync(monday, CancellationToken.None);

        var next = schedules.Saved["r1"];
        Assert.Equal((monday.AddDays(7), false), (next.NextRunUtc, next.Paused));
    }

    [Fact]
    public void Should_show_the_panel_line_and_the_panels_names_when_a_panel_reviewed_the_summary()
    {
        var summary = SampleSummaries.Sample(themes: 3) with
        {
            Review = new PanelReview(4, 2),
            Themes =
            [
                SampleSummaries.Theme(0, 20) with { Label = "A calm place to wait", LabelStatus = ThemeLabelStatus.RenamedByPanel },
                SampleSummaries.Theme(1, 20) with { LabelStatus = ThemeLabelStatus.QuestionedByPanel },
                SampleSummaries.Theme(2, 20),
            ],
        };

        var json = SampleSummaries.Json(SummaryCard.Build(summary));

        Assert.Contains("Themes reviewed by a panel of 4 (2 with lived experience)", json);
        var shown = ShownLines.Of(json);
        Assert.Contains("A calm place to wait (named by the review panel)", shown);
        Assert.Contains("Theme 1 (automatic name; the review panel says it may be wrong)", shown);
        Assert.Contains("Theme 2 (automatic name)", shown);
        Assert.Equal(["A calm place to wait", "Theme 1", "Theme 2"], ShownLines.BoldRuns(json).Skip(1).Take(3));
        Assert.DoesNotContain("reviewed by a panel", SampleSummaries.Json(SummaryCard.Build(SampleSummaries.Sample(themes: 1))));
    }
}
