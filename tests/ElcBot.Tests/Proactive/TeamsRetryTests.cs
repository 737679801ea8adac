using System.Net;
using ElcBot.Bot.Proactive;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Rest;

namespace ElcBot.Tests.Proactive;

public sealed class TeamsRetryTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Should_wait_as_long_as_teams_asks_when_it_is_busy()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), TeamsRetry.WaitBefore(Refused(HttpStatusCode.TooManyRequests, retryAfter: "3"), attempt: 1));
    }

    [Fact]
    public void Should_wait_no_longer_than_the_cap_when_teams_asks_for_more()
    {
        Assert.Equal(TeamsRetry.LongestWait, TeamsRetry.WaitBefore(Refused(HttpStatusCode.TooManyRequests, retryAfter: "120"), attempt: 1));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    public void Should_wait_longer_each_time_when_teams_gives_no_time(int attempt, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), TeamsRetry.WaitBefore(Refused(HttpStatusCode.ServiceUnavailable), attempt));
        Assert.Equal(TimeSpan.FromSeconds(seconds), TeamsRetry.WaitBefore(Refused(HttpStatusCode.GatewayTimeout), attempt));
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public void Should_not_try_again_when_teams_refuses(HttpStatusCode status)
    {
        Assert.Null(TeamsRetry.WaitBefore(Refused(status), attempt: 1));
        Assert.Null(TeamsRetry.WaitBefore(new InvalidOperationException("a bug"), attempt: 1));
        // A connector that cannot be reached at all: seconds rarely mend it, and a card press would wait for nothing.
        Assert.Null(TeamsRetry.WaitBefore(new HttpRequestException("no such host"), attempt: 1));
    }

    [Fact]
    public async Task Should_send_after_waiting_when_teams_was_busy_twice()
    {
        var calls = 0;
        var sending = Retry().RunAsync(_ => ++calls < 3 ? throw Refused(HttpStatusCode.TooManyRequests, retryAfter: "2") : Task.FromResult("sent"), CancellationToken.None);

        Assert.Equal(1, calls);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, calls);
        _time.Advance(TimeSpan.FromSeconds(1));
        await SoonAsync(() => calls == 2);
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("sent", await sending);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Should_give_up_with_the_last_failure_when_teams_stays_down()
    {
        var calls = 0;
        var sending = Retry().RunAsync(_ => { calls++; throw Refused(HttpStatusCode.BadGateway); }, CancellationToken.None);
        for (var i = 0; i < 1000 && !sending.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        var thrown = await Assert.ThrowsAsync<ErrorResponseException>(() => sending);
        Assert.Equal(HttpStatusCode.BadGateway, thrown.Response.StatusCode);
        Assert.Equal(TeamsRetry.MaxAttempts, calls);
    }

    [Fact]
    public async Task Should_throw_at_once_when_teams_refuses()
    {
        var calls = 0;

        await Assert.ThrowsAsync<ErrorResponseException>(() => Retry().RunAsync(_ => { calls++; throw Refused(HttpStatusCode.Forbidden); }, CancellationToken.None));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Should_stop_waiting_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var sending = Retry().RunAsync(_ => throw Refused(HttpStatusCode.ServiceUnavailable), cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    /// <summary>The retry's continuation runs on the thread pool after the fake clock fires.</summary>
    private static async Task SoonAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private TeamsRetry Retry() => new(_time, NullLogger<TeamsRetry>.Instance);

    private static ErrorResponseException Refused(HttpStatusCode status, string? retryAfter = null)
    {
        using var response = new HttpResponseMessage(status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return new ErrorResponseException($"Teams answered {(int)status}") { Response = new HttpResponseMessageWrapper(response, string.Empty) };
    }
}
