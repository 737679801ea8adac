using ElcBot.Core.Contributions;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Storage;

/// <summary>Kept support counts, with two instances of the service sharing one Azurite.</summary>
public sealed class SupportCountsCacheStorageTests : TwoInstances
{
    private ISupportStore Here => OnThisInstance<ISupportStore>();

    private ISupportStore Elsewhere => OnTheOther<ISupportStore>();

    [Fact]
    public async Task Should_count_presses_here_at_once_and_presses_elsewhere_within_two_seconds()
    {
        await Here.ToggleAsync(Support("ali"), "press-1", CancellationToken.None);
        var first = await CountAsync();
        await Here.ToggleAsync(Support("bo"), "press-2", CancellationToken.None);
        await Elsewhere.ToggleAsync(Support("cy"), "press-3", CancellationToken.None);
        var beforeFreshness = await CountAsync();
        Time.Advance(TimeSpan.FromSeconds(2));
        var afterFreshness = await CountAsync();
        await Here.ToggleAsync(Support("ali"), "press-4", CancellationToken.None);
        var takenBack = await CountAsync();

        Assert.Equal([1, 2, 3, 2], new[] { first, beforeFreshness, afterFreshness, takenBack });
        Assert.Equal(2, (await Here.ListForRoundAsync("round-1", CancellationToken.None)).Count);
    }

    private Task<int> CountAsync() => Here.CountAsync("round-1", "idea-1", CancellationToken.None);

    private static Support Support(string person) => new("round-1", "idea-1", "key-" + person, VoiceGroup.LivedExperience);
}
