using ElcBot.Bot.Summaries;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Summaries;

/// <summary>
/// A summary of a closed round whose contributions have no stored vector (stored before the pooling changed, say)
/// embeds them once: the real host's worker keeps what the summary made, so the next summary finds them stored.
/// </summary>
public sealed class SummaryVectorWriteBackTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Should_keep_the_vectors_a_summary_had_to_make()
    {
        var rounds = Get<IRoundStore>();
        var contributions = Get<IContributionStore>();
        var round = new Round("closed-round", "19:c@thread.tacv2", "tenant-1", "team-1", "What matters?", ElcStage.Discover, null, true, DateTimeOffset.UtcNow.AddDays(-9));
        await rounds.TryOpenAsync(round, CancellationToken.None);
        // Closed before anything is added: the start-up backfill, which may run at any moment, covers open rounds only.
        await rounds.CloseAsync(round, CancellationToken.None);
        string[] texts = ["Quiet rooms to wait in", "A quiet place to wait", "Evening appointments for carers", "Appointments after work"];
        for (var i = 0; i < texts.Length; i++)
        {
            await contributions.AddAsync(new Contribution(round.Id, $"idea-{i}", ContributionKind.Idea, texts[i], ContributorRole.Carer, ConsentLevel.MayQuote, $"k{i}", null, null,
                DateTimeOffset.UtcNow.AddDays(-8), $"s{i}"), CancellationToken.None);
        }

        Assert.All(await contributions.ListAsync(round.Id, null, CancellationToken.None), c => Assert.Null(c.Vector));

        var draft = await Get<SummaryDrafter>().DraftAsync(round.Id, CancellationToken.None);

        Assert.NotNull(draft);
        var stored = await WaitForVectorsAsync(contributions, round.Id, texts.Length, TimeSpan.FromSeconds(60));
        Assert.All(stored, c => Assert.Equal(384 * sizeof(float), c.Vector!.Length));
    }

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    private static async Task<IReadOnlyList<Contribution>> WaitForVectorsAsync(IContributionStore contributions, string roundId, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var listed = await contributions.ListAsync(roundId, null, CancellationToken.None);
            if (listed.Count(c => c.Vector is { Length: > 0 }) == count || DateTime.UtcNow > deadline)
            {
                return listed;
            }

            await Task.Delay(100);
        }
    }
}
