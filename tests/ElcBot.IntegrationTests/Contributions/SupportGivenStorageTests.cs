using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Contributions;

/// <summary>The ideas a person supports, read from a real Azurite: support taken back, or for an idea since removed, is not theirs any more.</summary>
public sealed class SupportGivenStorageTests : IAsyncLifetime
{
    private const string Supporter = "key-of-the-supporter";
    private StorageServices _storage = null!;

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Should_list_only_the_ideas_supported_now_when_support_was_taken_back_or_the_idea_removed()
    {
        var rounds = _storage.Get<IRoundStore>();
        var contributions = _storage.Get<IContributionStore>();
        var supports = _storage.Get<ISupportStore>();
        await rounds.TryOpenAsync(new Round("round-1", "19:c", "t", "team", "What matters?", ElcStage.Dream, null, true, DateTimeOffset.UnixEpoch), CancellationToken.None);
        foreach (var id in new[] { "kept", "taken-back", "removed", "erased" })
        {
            await contributions.AddAsync(Idea(id), CancellationToken.None);
            await supports.ToggleAsync(new Support("round-1", id, Supporter, VoiceGroup.LivedExperience), $"press-{id}", CancellationToken.None);
        }

        await supports.ToggleAsync(new Support("round-1", "taken-back", Supporter, VoiceGroup.LivedExperience), "press-again", CancellationToken.None);
        // "erased" goes as erasing an idea does, its supports with it; "removed" leaves its support row behind.
        await supports.DeleteForIdeaAsync("round-1", "erased", CancellationToken.None);
        await contributions.DeleteAsync(Idea("erased"), CancellationToken.None);
        await contributions.DeleteAsync(Idea("removed"), CancellationToken.None);
        var given = new SupportGiven(supports, contributions, rounds);

        Assert.Equal(2, await given.CountAsync(Supporter, CancellationToken.None));
        var listed = await given.ListAsync(Supporter, CancellationToken.None);

        var only = Assert.Single(listed);
        Assert.Equal("kept", only.Idea.Id);
        Assert.Equal("What matters?", only.Round?.Question);
    }

    private static Contribution Idea(string id) =>
        new("round-1", id, ContributionKind.Idea, $"words of {id}", ContributorRole.Carer, ConsentLevel.MayQuote, "author-key", null, null, DateTimeOffset.UnixEpoch, "s-" + id);
}
