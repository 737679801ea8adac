using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using Microsoft.Extensions.Time.Testing;

namespace ElcBot.Tests.Summaries;

public sealed class SummaryComposerTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly ScriptedThemes _themes = new();
    private static readonly SummaryRound Round = new("r1", "19:channel@thread.tacv2", "What would help?", "Discover", Opened);

    [Fact]
    public async Task Should_count_stories_ideas_supports_and_people_by_group()
    {
        _themes.Next = [];
        var summary = await Compose([
            C("1", ContributorRole.UsesServices, ContributionKind.Story, key: "p1"),
            C("2", ContributorRole.UsesServices, ContributionKind.Idea, key: "p1", supporters: [VoiceGroup.Staff, VoiceGroup.LivedExperience]),
            C("3", ContributorRole.HealthOrCareStaff, ContributionKind.Idea, key: "p2"),
            C("4", ContributorRole.Carer, ContributionKind.Idea, key: "p3", imported: true),
        ]);

        Assert.Equal((1, 3, 2, 1), (summary.Counts.Stories, summary.Counts.Ideas, summary.Counts.Supports, summary.Counts.Imported));
        Assert.Equal(2, summary.Counts.ContributorsByGroup[VoiceGroup.LivedExperience]);
        Assert.Equal(1, summary.Counts.ContributorsByGroup[VoiceGroup.Staff]);
        Assert.Equal(
            new Dictionary<ContributorRole, int> { [ContributorRole.UsesServices] = 1, [ContributorRole.HealthOrCareStaff] = 1, [ContributorRole.Carer] = 1 },
            summary.Counts.ContributorsByRole);
    }

    [Fact]
    public async Task Should_quote_only_people_who_allowed_it_and_keep_facilitator_only_words_out_of_themes()
    {
        _themes.Next = [new FoundTheme("waiting room", ["private", "themes-only", "quotable-staff", "quotable-lived"])];

        var summary = await Compose([
            C("private", ContributorRole.UsesServices, consent: ConsentLevel.FacilitatorsOnly),
            C("themes-only", ContributorRole.UsesServices, consent: ConsentLevel.ThemesOnly),
            C("quotable-staff", ContributorRole.HealthOrCareStaff),
            C("quotable-lived", ContributorRole.Carer),
        ]);

        Assert.DoesNotContain(_themes.Seen, c => c.Id == "private");
        var theme = Assert.Single(summary.Themes);
        Assert.Equal(["quotable-lived", "quotable-staff"], theme.Quotes.Select(q => q.ContributionId));
        Assert.DoesNotContain("private", theme.MemberIds);
    }

    [Fact]
    public async Task Should_find_shared_ground_and_themes_that_need_more_voices()
    {
        _themes.Next =
        [
            new FoundTheme("both", ["a", "b"]),
            new FoundTheme("staff only", ["c", "d"]),
            new FoundTheme("supported across", ["e", "f"]),
        ];

        var summary = await Compose([
            C("a", ContributorRole.UsesServices), C("b", ContributorRole.VoluntarySectorStaff),
            C("c", ContributorRole.HealthOrCareStaff), C("d", ContributorRole.HealthOrCareStaff),
            C("e", ContributorRole.Carer), C("f", ContributorRole.Carer, supporters: [VoiceGroup.Staff]),
        ]);

        Assert.Equal(["both", "supported across"], summary.SharedGround.Order());
        Assert.Equal(["staff only"], summary.NeedsMoreVoices);
    }

    [Fact]
    public async Task Should_count_who_backed_each_theme_by_group()
    {
        _themes.Next = [new FoundTheme("supported across", ["e", "f"])];

        var summary = await Compose([
            C("e", ContributorRole.Carer, supporters: [VoiceGroup.Staff, VoiceGroup.LivedExperience]),
            C("f", ContributorRole.Carer, supporters: [VoiceGroup.Staff]),
        ]);

        var theme = Assert.Single(summary.Themes);
        Assert.Equal((1.0, 0.0, 1, 2), (theme.LivedExperienceShare, theme.StaffShare, theme.LivedExperienceSupports, theme.StaffSupports));
    }

    [Fact]
    public async Task Should_quote_lived_experience_twice_when_it_gave_most_of_a_theme()
    {
        _themes.Next = [new FoundTheme("getting there", ["l1", "s1", "l2", "l3", "l4"])];

        var summary = await Compose([
            C("l1", ContributorRole.UsesServices),
            C("s1", ContributorRole.HealthOrCareStaff),
            C("l2", ContributorRole.Carer),
            C("l3", ContributorRole.UsesServices),
            C("l4", ContributorRole.Carer),
        ]);

        Assert.Equal(["l1", "l2"], Assert.Single(summary.Themes).Quotes.Select(q => q.ContributionId));
    }

    [Fact]
    public async Task Should_quote_lived_experience_first_and_staff_beside_it_when_staff_gave_most_of_a_theme()
    {
        _themes.Next = [new FoundTheme("rotas", ["s1", "s2", "l1", "s3"])];

        var summary = await Compose([
            C("s1", ContributorRole.HealthOrCareStaff),
            C("s2", ContributorRole.HealthOrCareStaff),
            C("l1", ContributorRole.Carer),
            C("s3", ContributorRole.VoluntarySectorStaff),
        ]);

        Assert.Equal(["l1", "s1"], Assert.Single(summary.Themes).Quotes.Select(q => q.ContributionId));
    }

    [Fact]
    public async Task Should_not_quote_the_same_words_twice_when_two_people_wrote_them()
    {
        _themes.Next = [new FoundTheme("nothing to change", ["a", "b", "c"])];

        var summary = await Compose([
            C("a", ContributorRole.Carer) with { Text = "Nothing." },
            C("b", ContributorRole.HealthOrCareStaff) with { Text = "nothing" },
            C("c", ContributorRole.HealthOrCareStaff) with { Text = "Nothing, it was all fine" },
        ]);

        Assert.Equal(["a", "c"], Assert.Single(summary.Themes).Quotes.Select(q => q.ContributionId));
    }

    [Fact]
    public async Task Should_keep_single_items_out_of_themes_and_count_them_as_other_ideas()
    {
        _themes.Next = [new FoundTheme("pair", ["a", "b"]), new FoundTheme("alone", ["c"])];

        var summary = await Compose([C("a", ContributorRole.Carer), C("b", ContributorRole.Carer), C("c", ContributorRole.Carer)]);

        Assert.Equal(["pair"], summary.Themes.Select(t => t.Label));
        Assert.Equal(1, summary.OtherIdeas);
    }

    [Fact]
    public async Task Should_name_the_most_supported_idea_without_its_words_when_its_author_did_not_allow_quotes()
    {
        _themes.Next = [new FoundTheme("t", ["a", "b"])];

        var summary = await Compose([
            C("a", ContributorRole.Carer, supporters: [VoiceGroup.Staff]),
            C("b", ContributorRole.Carer, consent: ConsentLevel.ThemesOnly, supporters: [VoiceGroup.Staff, VoiceGroup.Staff]),
        ]);

        Assert.Equal(new SupportedIdea("b", null, 2), summary.Themes[0].TopIdea);
    }

    [Fact]
    public async Task Should_say_what_is_new_since_the_previous_summary()
    {
        _themes.Next = [new FoundTheme("old", ["a", "b"])];
        var first = await Compose([C("a", ContributorRole.Carer), C("b", ContributorRole.Carer)]);
        _time.Advance(TimeSpan.FromDays(7));
        _themes.Next = [new FoundTheme("old", ["a", "b", "c"]), new FoundTheme("fresh", ["d", "e"])];

        var second = await Compose(
            [C("a", ContributorRole.Carer, at: -7), C("b", ContributorRole.Carer, at: -7), C("c", ContributorRole.Carer, at: 1), C("d", ContributorRole.Carer, at: 1), C("e", ContributorRole.Carer, at: 1)],
            first);

        Assert.Equal(first.PeriodEnd, second.New.PreviousSummaryAt);
        Assert.Equal(first.PeriodEnd, second.PeriodStart);
        Assert.Equal(3, second.New.NewContributions);
        Assert.Equal(["fresh"], second.New.NewThemes);
    }

    private Task<RoundSummary> Compose(IReadOnlyList<SummaryContribution> contributions, RoundSummary? previous = null) =>
        new SummaryComposer(_themes, _time).ComposeAsync(Round, contributions, previous, CancellationToken.None);

    private SummaryContribution C(
        string id, ContributorRole role, ContributionKind kind = ContributionKind.Idea, ConsentLevel consent = ConsentLevel.MayQuote,
        string? key = null, VoiceGroup[]? supporters = null, bool imported = false, int at = 0) =>
        new(id, kind, $"words of {id}", role, consent, key ?? id, _time.GetUtcNow().AddDays(at - 1), imported, supporters ?? [], null);

    private sealed class ScriptedThemes : IThemeFinder
    {
        public IReadOnlyList<FoundTheme> Next { get; set; } = [];

        public IReadOnlyList<SummaryContribution> Seen { get; private set; } = [];

        public Task<IReadOnlyList<FoundTheme>> FindAsync(string roundId, IReadOnlyList<SummaryContribution> contributions, CancellationToken cancellationToken)
        {
            Seen = contributions;
            return Task.FromResult(Next);
        }
    }
}

public sealed class VoiceBalanceTests
{
    [Fact]
    public void Should_say_so_when_lived_experience_is_under_quoted_compared_with_its_share()
    {
        var contributions = Enumerable.Range(0, 10).Select(i => Contribution(i < 7 ? ContributorRole.UsesServices : ContributorRole.HealthOrCareStaff)).ToArray();
        ThemeDigest[] themes = [Theme(VoiceGroup.Staff, VoiceGroup.Staff, VoiceGroup.LivedExperience)];

        var note = VoiceBalance.Note(contributions, themes);

        Assert.Equal("People with lived experience gave 70% of what was shared but only 33% of the quotes here.", note);
    }

    [Fact]
    public void Should_give_consent_as_the_reason_only_when_fewer_of_them_allowed_quoting()
    {
        var contributions = Enumerable.Range(0, 10)
            .Select(i => Contribution(i < 7 ? ContributorRole.UsesServices : ContributorRole.HealthOrCareStaff, i is > 0 and < 7 ? ConsentLevel.ThemesOnly : ConsentLevel.MayQuote))
            .ToArray();
        ThemeDigest[] themes = [Theme(VoiceGroup.Staff, VoiceGroup.Staff, VoiceGroup.LivedExperience)];

        var note = VoiceBalance.Note(contributions, themes);

        Assert.Equal("People with lived experience gave 70% of what was shared but only 33% of the quotes here, because fewer of them allowed quoting.", note);
    }

    [Fact]
    public void Should_say_nothing_when_the_quotes_are_fair()
    {
        var contributions = Enumerable.Range(0, 4).Select(i => Contribution(i < 2 ? ContributorRole.Carer : ContributorRole.HealthOrCareStaff)).ToArray();

        Assert.Null(VoiceBalance.Note(contributions, [Theme(VoiceGroup.LivedExperience, VoiceGroup.Staff)]));
    }

    private static SummaryContribution Contribution(ContributorRole role, ConsentLevel consent = ConsentLevel.MayQuote) =>
        new(Guid.NewGuid().ToString(), ContributionKind.Idea, "x", role, consent, Guid.NewGuid().ToString(), DateTimeOffset.UnixEpoch, false, [], null);

    private static ThemeDigest Theme(params VoiceGroup[] quoted) =>
        new("t", "label", ["a"], 0, 0, quoted.Select((g, i) => new Quote($"q{i}", "words", g)).ToArray(), null);
}
