using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Files;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Tests.Fakes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Moq;

namespace ElcBot.Tests.Summaries;

public sealed class SummaryActionsTests
{
    private const string Channel = "19:channel@thread.tacv2";
    private readonly TestAdapter _adapter = new(Microsoft.Bot.Connector.Channels.Msteams);
    private readonly FakeSummaryStore _summaries = new();
    private readonly FakePendingFileStore _files = new();
    private readonly Mock<ISummarySource> _source = new();
    private readonly Mock<IFacilitatorCheck> _facilitators = new();
    private readonly RoundSummary _summary;

    public SummaryActionsTests()
    {
        var round = new SummaryRound("r1", Channel, "What would help?", "Dream", DateTimeOffset.UnixEpoch);
        SummaryContribution C(string id, ConsentLevel consent) =>
            new(id, ContributionKind.Idea, $"words of {id}", ContributorRole.Carer, consent, id, DateTimeOffset.UnixEpoch, false, [], null);
        _source.Setup(s => s.LoadAsync("r1", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SummarySourceData(round, [C("a", ConsentLevel.MayQuote), C("b", ConsentLevel.ThemesOnly), C("c", ConsentLevel.FacilitatorsOnly)]));
        _summary = SampleSummaries.Sample(themes: 1) with { Themes = [SampleSummaries.Theme(0, 10) with { MemberIds = ["a", "b"] }] };
        _summaries.Saved.Add((_summary, "{}"));
    }

    [Fact]
    public async Task Should_show_only_quotable_words_when_listing_the_ideas_in_a_theme()
    {
        var result = await RunAsync(SummaryCardActions.ThemeIdeas, Channel, new JsonObject { ["themeId"] = "t0" });

        var json = SampleSummaries.Json(result.Card!);
        Assert.Contains("“words of a”", json);
        Assert.DoesNotContain("words of b", json);
        Assert.Contains("1 more are not shown", json);
        Assert.Contains("Back to the summary", json);
    }

    [Fact]
    public async Task Should_refuse_a_summary_button_pressed_in_another_conversation()
    {
        var result = await RunAsync(SummaryCardActions.AllThemes, "19:other@thread.tacv2");

        Assert.Equal(SummaryActions.Missing, result.Message);
    }

    [Fact]
    public async Task Should_accept_a_button_pressed_in_a_thread_of_the_rounds_channel()
    {
        var result = await RunAsync(SummaryCardActions.AllThemes, Channel + ";messageid=12345");

        Assert.Contains("All 1 themes", result.Card!.ToJsonString());
    }

    [Fact]
    public async Task Should_send_the_spreadsheet_only_to_a_facilitator()
    {
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var refused = await RunAsync(SummaryCardActions.Spreadsheet, Channel);
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var offered = await RunAsync(SummaryCardActions.Spreadsheet, "a:personal");

        Assert.Equal(FacilitatorReplies.NotAllowed, refused.Message);
        Assert.Equal(SummaryActions.SentHere, offered.Message);
        var file = Assert.Single(_files.Saved.Values);
        Assert.Contains("words of c", file.Content);
        Assert.Contains("(kept out of themes)", file.Content);
        Assert.Equal("29:person", file.RecipientId);
    }

    private async Task<SummaryActionResult> RunAsync(string action, string conversationId, JsonObject? extra = null)
    {
        var data = SummaryCard.Ids(_summary);
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        var activity = new Activity(ActivityTypes.Invoke)
        {
            ChannelId = "msteams",
            Conversation = new ConversationAccount(id: conversationId, conversationType: conversationId.StartsWith("a:", StringComparison.Ordinal) ? "personal" : "channel"),
            From = new ChannelAccount("29:person"),
            Recipient = new ChannelAccount("28:bot"),
        };
        var publisher = new Mock<ISummaryPublisher>();
        var command = new SummaryCommand(_facilitators.Object, Mock.Of<ISummaryRounds>(), publisher.Object, new FakeScheduleStore());
        var actions = new SummaryActions(_summaries, _source.Object, _facilitators.Object, new FileOffer(_files, new ConfigurationBuilder().Build(), TimeProvider.System), command);
        using var turn = new TurnContext(_adapter, activity);
        return await actions.HandleAsync(turn, action, data, CancellationToken.None);
    }
}
