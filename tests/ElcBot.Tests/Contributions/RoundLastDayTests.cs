using ElcBot.Core.Rounds;
using ElcBot.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

/// <summary>A round's last day is a UK day: it ends at UK midnight, in summer time too, not at UTC midnight.</summary>
public sealed class RoundLastDayTests
{
    private static readonly DateOnly LastDay = new(2026, 6, 30);

    [Theory]
    [InlineData("2026-06-30T22:30:00Z", true)]  // 23:30 on 30 June in the UK (summer time)
    [InlineData("2026-06-30T23:30:00Z", false)] // 00:30 on 1 July in the UK, though still 30 June by UTC
    public void Should_take_stories_until_the_end_of_the_last_day_in_the_uk(string now, bool accepts)
    {
        var rounds = new RoundService(new FakeRoundStore(), new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(accepts, rounds.AcceptsContributions(OpenRound() with { EndsOn = LastDay }));
    }

    [Fact]
    public void Should_end_at_midnight_in_winter_when_the_uk_keeps_utc()
    {
        var lastEvening = new RoundService(new FakeRoundStore(), new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 23, 59, 0, TimeSpan.Zero)));
        var nextMorning = new RoundService(new FakeRoundStore(), new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 1, 0, TimeSpan.Zero)));
        var round = OpenRound() with { EndsOn = new DateOnly(2026, 12, 31) };

        Assert.Equal((true, false), (lastEvening.AcceptsContributions(round), nextMorning.AcceptsContributions(round)));
    }

    [Fact]
    public async Task Should_refuse_a_last_day_that_has_already_gone_in_the_uk_when_a_round_is_started()
    {
        var rounds = new RoundService(new FakeRoundStore(), new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero)));

        var result = await rounds.StartAsync(new StartRoundRequest(Channel, Tenant, Team, "What would help?", "Dream", "2026-06-30"), CancellationToken.None);

        Assert.Equal(StartRoundOutcome.Invalid, result.Outcome);
        Assert.Contains(RoundProblem.EndDateInvalid, result.Problems);
    }
}
