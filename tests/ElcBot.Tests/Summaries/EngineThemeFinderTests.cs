using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using ElcBot.Core.Themes;
using Moq;

namespace ElcBot.Tests.Summaries;

public sealed class EngineThemeFinderTests
{
    [Fact]
    public async Task Should_hand_the_vectors_the_engine_made_to_the_background_worker_to_keep()
    {
        float[] made = [0.6f, 0.8f];
        var engine = new Mock<IThemeEngine>();
        engine.Setup(e => e.FindThemesAsync(It.IsAny<IReadOnlyList<ThemeContribution>>(), It.IsAny<ThemeOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ThemeSet([], ["c1", "c2"], []) { Embedded = new Dictionary<string, float[]> { ["c2"] = made } });
        var pending = new Mock<IPendingEmbeddings>();
        var finder = new EngineThemeFinder(engine.Object, pending.Object);

        await finder.FindAsync("round-1", [Item("c1", [1f, 0f]), Item("c2", null)], CancellationToken.None);

        pending.Verify(p => p.TryStore("round-1", "c2", made), Times.Once);
        pending.Verify(p => p.TryStore(It.IsAny<string>(), "c1", It.IsAny<float[]>()), Times.Never);
    }

    private static SummaryContribution Item(string id, float[]? vector) =>
        new(id, ContributionKind.Idea, "words", ContributorRole.Carer, ConsentLevel.MayQuote, "key", DateTimeOffset.UnixEpoch, false, [], vector);
}
