using System.Buffers.Binary;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Contributions;

/// <summary>What summaries read from the stored rounds, contributions and supports, against a real Azurite.</summary>
public sealed class StoredSummarySourceTests : IAsyncLifetime
{
    private StorageServices _storage = null!;

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Should_load_the_round_with_its_contributions_supporter_groups_and_vectors()
    {
        var rounds = _storage.Get<IRoundStore>();
        var contributions = _storage.Get<IContributionStore>();
        var supports = _storage.Get<ISupportStore>();
        var round = new Round("round-1", "19:c", "tenant-1", "team-1", "What matters?", ElcStage.Dream, null, true, DateTimeOffset.UnixEpoch);
        await rounds.TryOpenAsync(round, CancellationToken.None);
        await contributions.AddAsync(new Contribution("round-1", "idea-1", ContributionKind.Idea, "Quiet rooms", ContributorRole.Carer, ConsentLevel.MayQuote, "k1", null, null, DateTimeOffset.UnixEpoch, "s1"), CancellationToken.None);
        var vector = new byte[8];
        BinaryPrimitives.WriteSingleLittleEndian(vector, 0.5f);
        BinaryPrimitives.WriteSingleLittleEndian(vector.AsSpan(4), -1f);
        await contributions.SaveVectorAsync("round-1", "idea-1", vector, CancellationToken.None);
        await supports.ToggleAsync(new Support("round-1", "idea-1", "k2", VoiceGroup.Staff), "p1", CancellationToken.None);
        await supports.ToggleAsync(new Support("round-1", "idea-1", "k3", VoiceGroup.LivedExperience), "p2", CancellationToken.None);

        var loaded = await _storage.Get<ISummarySource>().LoadAsync("round-1", CancellationToken.None);
        var found = await _storage.Get<ISummaryRounds>().FindForConversationAsync("19:c", CancellationToken.None);
        var open = await _storage.Get<ISummaryRounds>().ListOpenAsync("tenant-1", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(new SummaryRound("round-1", "19:c", "What matters?", "Dream", DateTimeOffset.UnixEpoch), loaded.Round);
        var idea = Assert.Single(loaded.Contributions);
        Assert.Equal([0.5f, -1f], idea.Vector!);
        Assert.Equal([VoiceGroup.LivedExperience, VoiceGroup.Staff], idea.SupporterGroups.Order());
        Assert.Equal("round-1", found!.RoundId);
        Assert.Equal(["round-1"], open.Select(r => r.RoundId));
        Assert.Empty(await _storage.Get<ISummaryRounds>().ListOpenAsync("another-tenant", CancellationToken.None));
    }

    [Fact]
    public async Task Should_count_a_support_given_before_sharing_with_the_voice_the_supporter_shared_later()
    {
        var rounds = _storage.Get<IRoundStore>();
        var contributions = _storage.Get<IContributionStore>();
        var supports = _storage.Get<ISupportStore>();
        await rounds.TryOpenAsync(new Round("round-1", "19:c", "tenant-1", "team-1", "What matters?", ElcStage.Dream, null, true, DateTimeOffset.UnixEpoch), CancellationToken.None);
        await contributions.AddAsync(new Contribution("round-1", "idea-1", ContributionKind.Idea, "Quiet rooms", ContributorRole.Carer, ConsentLevel.MayQuote, "k1", null, null, DateTimeOffset.UnixEpoch, "s1"), CancellationToken.None);
        // k2 and k3 pressed before sharing anything; k2 then shared as a nurse, k3 never shared.
        await supports.ToggleAsync(new Support("round-1", "idea-1", "k2", VoiceGroup.Other), "p1", CancellationToken.None);
        await supports.ToggleAsync(new Support("round-1", "idea-1", "k3", VoiceGroup.Other), "p2", CancellationToken.None);
        // A support given as lived experience keeps that voice, whatever its giver shares afterwards.
        await supports.ToggleAsync(new Support("round-1", "idea-1", "k4", VoiceGroup.LivedExperience), "p3", CancellationToken.None);
        await contributions.AddAsync(new Contribution("round-1", "story-2", ContributionKind.Story, "Long waits", ContributorRole.HealthOrCareStaff, ConsentLevel.MayQuote, "k2", null, null, DateTimeOffset.UnixEpoch.AddHours(1), "s2"), CancellationToken.None);
        await contributions.AddAsync(new Contribution("round-1", "story-3", ContributionKind.Story, "Kind staff", ContributorRole.VoluntarySectorStaff, ConsentLevel.MayQuote, "k4", null, null, DateTimeOffset.UnixEpoch.AddHours(2), "s3"), CancellationToken.None);

        var loaded = await _storage.Get<ISummarySource>().LoadAsync("round-1", CancellationToken.None);

        var idea = Assert.Single(loaded!.Contributions, c => c.Id == "idea-1");
        Assert.Equal([VoiceGroup.LivedExperience, VoiceGroup.Staff, VoiceGroup.Other], idea.SupporterGroups.Order());
    }

    [Fact]
    public async Task Should_find_the_latest_closed_round_when_the_conversation_has_no_open_one()
    {
        var rounds = _storage.Get<IRoundStore>();
        var older = new Round("old", "19:c", "t", "team", "First?", ElcStage.Discover, null, true, DateTimeOffset.UnixEpoch);
        await rounds.TryOpenAsync(older, CancellationToken.None);
        await rounds.CloseAsync(older, CancellationToken.None);
        var newer = older with { Id = "new", Question = "Second?", CreatedAt = DateTimeOffset.UnixEpoch.AddDays(7) };
        await rounds.TryOpenAsync(newer, CancellationToken.None);
        await rounds.CloseAsync(newer, CancellationToken.None);

        var found = await _storage.Get<ISummaryRounds>().FindForConversationAsync("19:c", CancellationToken.None);

        Assert.Equal("new", found!.RoundId);
        Assert.Null(await _storage.Get<ISummaryRounds>().FindForConversationAsync("19:never", CancellationToken.None));
    }
}
