using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Privacy;
using ElcBot.Core.Summaries;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>Many panel members changing one draft at once, and two instances posting it at once, on real ETags (Azurite).</summary>
public sealed class PanelConcurrencyTests : IAsyncLifetime
{
    private const string Round = "round/1";
    private StorageServices _first = null!;
    private StorageServices _second = null!;

    public async Task InitializeAsync()
    {
        _first = await StorageServices.StartAsync(Register);
        _second = await StorageServices.StartAsync(Register, _first.TablePrefix);
        foreach (var member in Members)
        {
            await _first.Get<IPanelStore>().SaveMemberAsync(member, new PanelChange(Round, member.AddedAt, PanelActor.Bot, new ChangeNote(PanelChangeKind.MemberAdded, member.Name)), CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task Should_keep_every_change_when_ten_members_change_the_draft_at_the_same_moment()
    {
        await _first.Get<IPanelDraftStore>().TrySaveAsync(Draft(), null, null, CancellationToken.None);

        var edits = Enumerable.Range(1, 10).Select(i =>
            (i % 2 == 0 ? _first : _second).Get<PanelReviewService>().EditAsync(Round, "s1", $"29:member{i}",
                (draft, _) => DraftEdits.Rename(draft, $"t{i}", $"Named by member {i}"), CancellationToken.None));
        var results = await Task.WhenAll(edits);

        Assert.All(results, r => Assert.Equal(DraftEditOutcome.Done, r.Outcome));
        var stored = (await _first.Get<IPanelDraftStore>().FindAsync(Round, CancellationToken.None))!.Draft;
        Assert.All(stored.Summary.Themes, t => Assert.Equal($"Named by member {t.ThemeId[1..]}", t.Label));
        var log = await _first.Get<IPanelStore>().ListChangesAsync(Round, 50, CancellationToken.None);
        var renames = log.Where(c => c.Note.Kind == PanelChangeKind.Renamed).ToArray();
        Assert.Equal(10, renames.Length);
        Assert.Equal(10, renames.Select(c => c.Actor.Id).Distinct().Count());
    }

    [Fact]
    public async Task Should_let_exactly_one_instance_post_when_both_try_at_the_same_moment()
    {
        await _first.Get<IPanelDraftStore>().TrySaveAsync(Draft() with { ApprovedBy = Members.Select(m => m.UserId).ToArray() }, null, null, CancellationToken.None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? _first : _second).Get<PanelPublishing>().ClaimAsync(Round, CancellationToken.None)));

        var winner = Assert.Single(claims, c => c.Outcome == ClaimOutcome.Claimed);
        Assert.All(claims.Where(c => c != winner), c => Assert.Equal(ClaimOutcome.BeingPosted, c.Outcome));
        Assert.True(await _second.Get<PanelPublishing>().CompleteAsync(winner, PanelActor.Bot, CancellationToken.None));
        Assert.Equal(ClaimOutcome.AlreadyPosted, (await _first.Get<PanelPublishing>().ClaimAsync(Round, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Should_keep_every_other_approval_and_drop_only_theirs_when_a_member_is_forgotten_while_the_rest_approve()
    {
        await _first.Get<IPanelDraftStore>().TrySaveAsync(Draft() with { ApprovedBy = ["29:member1"] }, null, null, CancellationToken.None);
        await _first.Get<ElcBot.Core.Rounds.IRoundStore>().TryOpenAsync(
            new ElcBot.Core.Rounds.Round(Round, "19:c@thread.tacv2", "tenant-1", "team", "What would help?", ElcBot.Core.Rounds.ElcStage.Discover, null, true, DateTimeOffset.UnixEpoch), CancellationToken.None);
        var keys = _first.Get<ContributorKeys>();
        var member1 = new PersonToForget(keys.For("aad-member1"), new HashSet<string> { keys.For("aad-member1"), keys.For("29:member1") }, "tenant-1");

        var approvals = Enumerable.Range(2, 8).Select(i =>
            (i % 2 == 0 ? _first : _second).Get<PanelReviewService>().EditAsync(Round, "s1", $"29:member{i}",
                (draft, members) => DraftEdits.Approve(draft, $"29:member{i}", members), CancellationToken.None));
        var forgetting = _second.Get<PanelErasure>().EraseAsync(member1, CancellationToken.None);
        var results = await Task.WhenAll(approvals);
        await forgetting;

        Assert.All(results, r => Assert.Equal(DraftEditOutcome.Done, r.Outcome));
        var stored = (await _first.Get<IPanelDraftStore>().FindAsync(Round, CancellationToken.None))!.Draft;
        Assert.Equal(Enumerable.Range(2, 8).Select(i => $"29:member{i}").Order(), stored.ApprovedBy.Order());
        var members = await _first.Get<IPanelStore>().ListMembersAsync(Round, CancellationToken.None);
        Assert.DoesNotContain(members, m => m.UserId == "29:member1");
        Assert.Equal((8, 9), (stored.Approvals(members), members.Count));
        Assert.Equal(DraftState.InReview, stored.State);
    }

    private static IReadOnlyList<PanelMember> Members { get; } = Enumerable.Range(1, 10)
        .Select(i => new PanelMember(Round, $"29:member{i}", $"Member {i}", i % 2 == 0 ? ContributorRole.Carer : ContributorRole.HealthOrCareStaff,
            new PanelAddress("msteams", "https://smba.example/", "28:bot", "tenant-1"), DateTimeOffset.UnixEpoch.AddMinutes(i)))
        .ToArray();

    private static IReadOnlyList<SummaryContribution> Shared { get; } = Enumerable.Range(1, 20)
        .Select(i => new SummaryContribution($"c{i}", ContributionKind.Idea, $"Idea number {i}", i % 2 == 0 ? ContributorRole.Carer : ContributorRole.HealthOrCareStaff,
            ConsentLevel.MayQuote, $"k{i}", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), false, [], null))
        .ToArray();

    private static PanelDraft Draft()
    {
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var themes = Enumerable.Range(1, 10).Select(t => new ThemeDigest($"t{t}", $"theme {t}", [$"c{(2 * t) - 1}", $"c{2 * t}"], 0, 0, [], null)).ToArray();
        var summary = new RoundSummary("s1", Round, "What would help?", "Discover", at.AddDays(-7), at,
            new SummaryCounts(0, 20, 0, 0, new Dictionary<VoiceGroup, int>()), themes, 0, [], [], new WhatIsNew(null, 20, []));
        return new PanelDraft(Round, "s1", summary, DraftState.InReview, at, at.AddDays(3), []);
    }

    private static void Register(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var source = new Mock<ISummarySource>();
        source.Setup(s => s.LoadAsync(Round, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SummarySourceData(new SummaryRound(Round, "19:c@thread.tacv2", "What would help?", "Discover", DateTimeOffset.UnixEpoch), Shared));
        services.AddSingleton(source.Object);
        services.AddSingleton(Options.Create(new PanelOptions()));
        services.AddSingleton<PanelReviewService>();
        services.AddSingleton<PanelPublishing>();
        services.AddSingleton(Options.Create(new PrivacyOptions { ContributorKeySecret = "concurrency-test-secret" }));
        services.AddSingleton<ContributorKeys>();
        services.AddSingleton<DraftRewriter>();
        services.AddSingleton<PanelErasure>();
    }
}
