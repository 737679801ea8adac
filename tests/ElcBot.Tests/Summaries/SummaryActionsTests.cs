using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Files;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
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
    private const string Tenant = "tenant-1";
    private const string Team = "19:team@thread.tacv2";
    private readonly TestAdapter _adapter = new(Microsoft.Bot.Connector.Channels.Msteams);
    private readonly FakeSummaryStore _summaries = new();
    private readonly FakePendingFileStore _files = new();
    private readonly Mock<ISummarySource> _source = new();
    private readonly Mock<IFacilitatorCheck> _facilitators = new();
    private readonly Mock<ISummaryPublisher> _publisher = new();
    private readonly FakeRoundStore _rounds = new();
    private readonly RoundSummary _summary;

    public SummaryActionsTests()
    {
        _rounds.Rounds["r1"] = new Round("r1", Channel, Tenant, Team, "What would help?", ElcStage.Dream, null, true, DateTimeOffset.UnixEpoch);
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
        Assert.Contains("1 more is not shown because the person who shared it asked not to be quoted.", json);
        Assert.Contains("Back to the summary", json);
    }

    [Fact]
    public async Task Should_leave_the_inputs_alone_when_back_to_the_summary_is_pressed_on_a_themes_ideas()
    {
        var result = await RunAsync(SummaryCardActions.ThemeIdeas, Channel, new JsonObject { ["themeId"] = "t0" });

        var back = result.Card!["actions"]!.AsArray().Single()!;
        Assert.Equal("Back to the summary", (string?)back["title"]);
        Assert.Equal("none", (string?)back["associatedInputs"]);
        Assert.Equal("none", (string?)back["fallback"]!["associatedInputs"]);
    }

    [Fact]
    public async Task Should_refuse_a_summary_button_pressed_in_another_conversation()
    {
        var result = await RunAsync(SummaryCardActions.AllThemes, "19:other@thread.tacv2");

        Assert.Equal(SummaryActions.Missing, result.Message);
    }

    [Theory]
    [InlineData("tenant-2", Team)]
    [InlineData(Tenant, "19:another-team@thread.tacv2")]
    [InlineData(null, null)]
    public async Task Should_refuse_a_summary_button_pressed_from_another_tenant_or_team_with_the_rounds_conversation_id(string? tenant, string? team)
    {
        var result = await RunAsync(SummaryCardActions.AllThemes, Channel, tenant: tenant, team: team);

        Assert.Equal(SummaryActions.Missing, result.Message);
        Assert.Null(result.Card);
    }

    [Fact]
    public async Task Should_refuse_a_facilitator_in_personal_chat_in_another_tenant_who_is_not_in_the_rounds_team()
    {
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var themes = await RunAsync(SummaryCardActions.AllThemes, "a:personal", tenant: "tenant-2");
        var sheet = await RunAsync(SummaryCardActions.Spreadsheet, "a:personal", tenant: "tenant-2");
        var post = await RunAsync(RoundChoiceCard.Action, "a:personal", tenant: "tenant-2");

        Assert.All([themes, sheet, post], r => Assert.Equal(SummaryActions.Missing, r.Message));
        Assert.Empty(_files.Saved);
        _publisher.Verify(p => p.PublishAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Should_post_a_summary_only_for_a_facilitator_when_the_round_choice_is_pressed()
    {
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var refused = await RunAsync(RoundChoiceCard.Action, Channel);
        _publisher.Verify(p => p.PublishAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        await RunAsync(RoundChoiceCard.Action, "a:personal");

        Assert.Equal(FacilitatorReplies.NotAllowed, refused.Message);
        _publisher.Verify(p => p.PublishAsync("r1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(PublishOutcome.Posted, SummaryCommand.Posted)]
    [InlineData(PublishOutcome.BotRemoved, SummaryCommand.Removed)]
    [InlineData(PublishOutcome.ConversationUnknown, SummaryCommand.Unreachable)]
    public async Task Should_answer_once_with_what_happened_when_the_round_choice_is_pressed_in_personal_chat(PublishOutcome outcome, string expected)
    {
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var result = await RunAsync(RoundChoiceCard.Action, "a:personal", outcome: outcome);

        Assert.Equal(expected, result.Message);
        Assert.Empty(_adapter.ActiveQueue);
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
        Assert.Equal("r1", file.RoundId);
    }

    [Fact]
    public async Task Should_say_the_round_is_too_big_for_a_spreadsheet_in_teams_when_the_file_is_too_large_to_keep()
    {
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _files.RefuseAsTooLarge = true;

        var result = await RunAsync(SummaryCardActions.Spreadsheet, "a:personal");

        Assert.Equal(SummaryActions.TooLargeForTeams, result.Message);
        Assert.Empty(_files.Saved);
        Assert.Empty(_adapter.ActiveQueue);
    }

    [Fact]
    public async Task Should_show_the_summary_again_when_back_is_pressed_on_all_its_themes()
    {
        var themes = await RunAsync(SummaryCardActions.AllThemes, Channel);
        var back = themes.Card!["actions"]!.AsArray().Single()!;

        var again = await RunAsync((string)back["verb"]!, Channel);

        Assert.Equal("Back to the summary", (string?)back["title"]);
        Assert.Equal(SummaryCard.Build(_summary).ToJsonString(), again.Card!.ToJsonString());
    }

    private async Task<ElcBot.Bot.CardActions.CardActionResult> RunAsync(string action, string conversationId, JsonObject? extra = null, string? tenant = Tenant, string? team = Team, PublishOutcome outcome = PublishOutcome.Posted)
    {
        var data = SummaryCard.Ids(_summary);
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        var personal = conversationId.StartsWith("a:", StringComparison.Ordinal);
        var activity = new Activity(ActivityTypes.Invoke)
        {
            ChannelId = "msteams",
            Conversation = new ConversationAccount(id: conversationId, conversationType: personal ? "personal" : "channel", tenantId: tenant),
            From = new ChannelAccount("29:person"),
            Recipient = new ChannelAccount("28:bot"),
            ChannelData = personal || team is null ? null : Newtonsoft.Json.Linq.JObject.FromObject(new { team = new { id = team } }),
        };
        _publisher.Setup(p => p.PublishAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(outcome);
        var command = new SummaryCommand(_facilitators.Object, Mock.Of<ISummaryRounds>(), _publisher.Object, new FakeScheduleStore(), new ElcBot.Bot.Installation.ConversationRegistrar(new FakeConversationDirectory(), TimeProvider.System), TimeProvider.System);
        var access = new ElcBot.Bot.Contributions.RoundAccess(_rounds, Microsoft.Extensions.Logging.Abstractions.NullLogger<ElcBot.Bot.Contributions.RoundAccess>.Instance);
        var actions = new SummaryActions(_summaries, _source.Object, _rounds, access, _facilitators.Object, new FileOffer(_files, new ElcBot.Bot.Hosting.BotAppId(string.Empty), TimeProvider.System), command, TimeProvider.System);
        using var turn = new TurnContext(_adapter, activity);
        return await actions.HandleAsync(turn, action, Newtonsoft.Json.Linq.JObject.Parse(data.ToJsonString()), CancellationToken.None);
    }
}
