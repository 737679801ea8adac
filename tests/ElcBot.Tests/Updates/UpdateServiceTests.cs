using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using ElcBot.Core.Updates;
using ElcBot.Tests.Contributions;
using ElcBot.Tests.Fakes;
using ElcBot.Tests.Summaries;
using Microsoft.Extensions.Time.Testing;

namespace ElcBot.Tests.Updates;

public sealed class UpdateServiceTests : IAsyncLifetime
{
    private readonly FakeRoundStore _rounds = new();
    private readonly FakeContributionStore _contributions = new();
    private readonly FakeSummaryStore _summaries = new();
    private readonly FakeUpdateStore _updates = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.Zero));
    private UpdateService _service = null!;

    public async Task InitializeAsync()
    {
        _service = new UpdateService(_rounds, _contributions, _summaries, _updates, _time);
        await _rounds.TryOpenAsync(TeamsTurns.OpenRound(), CancellationToken.None);
        await _contributions.AddAsync(UpdateRecipientsTests.Idea("idea-1", "author", mayContact: true), CancellationToken.None);
        await _summaries.SaveAsync(SampleSummaries.Sample(themes: 2) with { RoundId = "round-1", SummaryId = "summary-1" }, "{}", CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_keep_an_update_about_an_idea_with_who_when_what_and_status()
    {
        var result = await _service.RecordAsync(Request("idea:idea-1", "Testing", "  We start in May.  "), CancellationToken.None);

        Assert.Equal(UpdateOutcome.Saved, result.Outcome);
        var saved = Assert.Single(_updates.Saved.Values);
        Assert.Equal((UpdateSubject.Idea, "idea-1", UpdateStatus.Testing, "We start in May.", "facilitator-key", _time.GetUtcNow()),
            (saved.Subject, saved.SubjectId, saved.Status, saved.Text, saved.AuthorKey, saved.CreatedAt));
        Assert.Equal(["idea-1"], saved.ContributionIds);
    }

    [Fact]
    public async Task Should_cover_every_member_of_a_theme_from_the_chosen_summary()
    {
        var summary = (await _summaries.FindAsync("round-1", "summary-1", CancellationToken.None))!;
        var theme = summary.Themes[1];

        var result = await _service.RecordAsync(Request("theme:" + theme.ThemeId, "InContract", string.Empty, summaryId: "summary-1"), CancellationToken.None);

        Assert.Equal(UpdateOutcome.Saved, result.Outcome);
        Assert.Equal((theme.Label, theme.MemberIds, "summary-1"), (result.Update!.ThemeLabel, result.Update.ContributionIds, result.Update.SummaryId));
    }

    [Fact]
    public async Task Should_keep_one_update_when_the_same_form_is_sent_twice()
    {
        var request = Request("idea:idea-1", "Testing", "We start in May.");

        await _service.RecordAsync(request, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        var again = await _service.RecordAsync(request, CancellationToken.None);

        Assert.Equal(UpdateOutcome.AlreadySaved, again.Outcome);
        Assert.Single(_updates.Saved);
    }

    [Theory]
    [InlineData(null, "Testing", "", UpdateProblem.SubjectMissing)]
    [InlineData("idea:no-such-idea", "Testing", "", UpdateProblem.SubjectUnknown)]
    [InlineData("theme:t99", "Testing", "", UpdateProblem.SubjectUnknown)]
    [InlineData("something else", "Testing", "", UpdateProblem.SubjectUnknown)]
    [InlineData("idea:idea-1", null, "", UpdateProblem.StatusMissing)]
    [InlineData("idea:idea-1", "2", "", UpdateProblem.StatusMissing)]
    [InlineData("idea:idea-1", "Finished", "", UpdateProblem.StatusMissing)]
    [InlineData("idea:idea-1", "CannotDo", "   ", UpdateProblem.ReasonMissing)]
    public async Task Should_send_the_form_back_and_keep_nothing_when_a_field_is_wrong(string? subject, string? status, string text, UpdateProblem expected)
    {
        var result = await _service.RecordAsync(Request(subject, status, text, summaryId: "summary-1"), CancellationToken.None);

        Assert.Equal(UpdateOutcome.Invalid, result.Outcome);
        Assert.Contains(expected, result.Problems);
        Assert.Empty(_updates.Saved);
    }

    [Fact]
    public async Task Should_refuse_text_over_the_limit()
    {
        var result = await _service.RecordAsync(Request("idea:idea-1", "Testing", new string('a', UpdateService.MaxTextLength + 1)), CancellationToken.None);

        Assert.Equal([UpdateProblem.TextTooLong], result.Problems);
    }

    [Fact]
    public async Task Should_accept_a_reason_for_cannot_do_and_no_text_for_the_others()
    {
        Assert.Equal(UpdateOutcome.Saved, (await _service.RecordAsync(Request("idea:idea-1", "CannotDo", "The building is too small.", submission: "a"), CancellationToken.None)).Outcome);
        Assert.Equal(UpdateOutcome.Saved, (await _service.RecordAsync(Request("idea:idea-1", "LookingInto", string.Empty, submission: "b"), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Should_ask_for_a_check_and_keep_nothing_when_the_text_holds_personal_data()
    {
        var result = await _service.RecordAsync(Request("idea:idea-1", "Testing", "Ring Sam on 07700 900123 to join."), CancellationToken.None);

        Assert.Equal(UpdateOutcome.NeedsCheck, result.Outcome);
        Assert.Equal("Ring Sam on [phone number hidden] to join.", result.Masked!.Text);
        Assert.Empty(_updates.Saved);
    }

    [Fact]
    public async Task Should_say_the_round_is_unknown_when_it_is()
    {
        var result = await _service.RecordAsync(Request("idea:idea-1", "Testing", string.Empty) with { RoundId = "no-such-round" }, CancellationToken.None);

        Assert.Equal(UpdateOutcome.RoundUnknown, result.Outcome);
    }

    private static UpdateRequest Request(string? subject, string? status, string text, string? summaryId = null, string submission = "form-1") =>
        new("round-1", subject, summaryId, status, text, submission, "facilitator-key");
}
