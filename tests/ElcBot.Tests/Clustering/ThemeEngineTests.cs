using ElcBot.Clustering;
using ElcBot.Core.Contributions;
using ElcBot.Core.Themes;

namespace ElcBot.Tests.Clustering;

public sealed class ThemeEngineTests
{
    private readonly FakeEmbedder embedder = new();

    private ThemeEngine Engine => new(embedder);

    [Fact]
    public async Task Should_return_no_themes_when_there_are_no_contributions()
    {
        var result = await Engine.FindThemesAsync([], ThemeOptions.Default, CancellationToken.None);

        Assert.Empty(result.Themes);
        Assert.Empty(result.OtherIds);
    }

    [Fact]
    public async Task Should_put_a_single_contribution_in_other_when_it_is_alone()
    {
        var result = await Engine.FindThemesAsync([Contributions.Of("a", "parking is too expensive")], ThemeOptions.Default, CancellationToken.None);

        Assert.Empty(result.Themes);
        Assert.Equal(["a"], result.OtherIds);
    }

    [Fact]
    public async Task Should_make_no_theme_when_two_contributions_share_nothing()
    {
        var result = await Engine.FindThemesAsync(
            [Contributions.Of("a", "parking is too expensive"), Contributions.Of("b", "nurses were wonderful")], ThemeOptions.Default, CancellationToken.None);

        Assert.Empty(result.Themes);
        Assert.Equal(["a", "b"], result.OtherIds);
    }

    [Fact]
    public async Task Should_make_one_theme_when_two_contributions_are_identical()
    {
        var result = await Engine.FindThemesAsync(
            [Contributions.Of("a", "Parking is too expensive"), Contributions.Of("b", "Parking is too expensive")], ThemeOptions.Default, CancellationToken.None);

        var theme = Assert.Single(result.Themes);
        Assert.Equal(["a", "b"], theme.MemberIds.Order());
        Assert.Empty(result.OtherIds);
    }

    [Fact]
    public async Task Should_leave_the_odd_one_out_when_three_contributions_hold_one_pair()
    {
        ThemeContribution[] three =
        [
            Contributions.Of("a", "car parking costs too much"),
            Contributions.Of("b", "nurses were kind at night"),
            Contributions.Of("c", "car parking costs are unfair"),
        ];

        var result = await Engine.FindThemesAsync(three, ThemeOptions.Default, CancellationToken.None);

        var theme = Assert.Single(result.Themes);
        Assert.Equal(["a", "c"], theme.MemberIds.Order());
        Assert.Equal(["b"], result.OtherIds);
    }

    [Fact]
    public async Task Should_give_the_same_themes_when_run_twice_with_the_same_seed()
    {
        var input = Contributions.ThreeTopics();

        var first = await Engine.FindThemesAsync(input, ThemeOptions.Default, CancellationToken.None);
        var second = await new ThemeEngine(new FakeEmbedder()).FindThemesAsync(input, ThemeOptions.Default, CancellationToken.None);

        Assert.Equal(first.Themes.Select(t => (t.Label, string.Join(',', t.MemberIds))), second.Themes.Select(t => (t.Label, string.Join(',', t.MemberIds))));
    }

    [Fact]
    public async Task Should_keep_topics_apart_when_k_is_left_to_the_engine()
    {
        var result = await Engine.FindThemesAsync(Contributions.ThreeTopics(), ThemeOptions.Default, CancellationToken.None);

        // Six short texts a topic under a bag-of-words stand-in may split one topic in two, but never mix two.
        Assert.InRange(result.Themes.Count, 3, 4);
        Assert.Equal(["f", "p", "w"], result.Themes.Select(t => t.MemberIds[0][..1]).Distinct().Order());
        Assert.All(result.Themes, t => Assert.Single(t.MemberIds.Select(id => id[0]).Distinct()));
    }

    [Fact]
    public async Task Should_stop_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Engine.FindThemesAsync(Contributions.ThreeTopics(), ThemeOptions.Default, cancelled.Token));
    }

    [Fact]
    public async Task Should_label_themes_only_with_words_their_members_wrote()
    {
        var input = Contributions.ThreeTopics();

        var result = await Engine.FindThemesAsync(input, ThemeOptions.Default, CancellationToken.None);

        foreach (var theme in result.Themes)
        {
            var written = input.Where(c => theme.MemberIds.Contains(c.Id)).SelectMany(c => c.Text.Split(' ')).ToHashSet();
            var words = theme.Label.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
            Assert.InRange(words.Length, 1, 4);
            Assert.All(words, w => Assert.Contains(w, written));
        }
    }

    [Fact]
    public async Task Should_quote_only_members_who_allowed_it()
    {
        var input = Contributions.ThreeTopics()
            .Select((c, i) => c with { Consent = i % 3 == 0 ? ConsentLevel.MayQuote : i % 3 == 1 ? ConsentLevel.ThemesOnly : ConsentLevel.FacilitatorsOnly })
            .ToArray();

        var result = await Engine.FindThemesAsync(input, ThemeOptions.Default with { QuotesPerTheme = 5 }, CancellationToken.None);

        var quoted = result.Themes.SelectMany(t => t.QuoteIds).ToArray();
        Assert.NotEmpty(quoted);
        Assert.All(quoted, id => Assert.Equal(ConsentLevel.MayQuote, input.Single(c => c.Id == id).Consent));
        Assert.All(result.Themes, t => Assert.Equal(t.MemberIds.Where(id => input.Single(c => c.Id == id).Consent == ConsentLevel.MayQuote), t.QuoteIds));
    }

    [Fact]
    public async Task Should_quote_each_wording_once_when_members_gave_the_same_answer()
    {
        ThemeContribution[] input =
        [
            Contributions.Of("a", "Parking is too expensive"), Contributions.Of("b", "parking is too expensive!"), Contributions.Of("c", "Parking is too expensive"),
            Contributions.Of("d", "Parking is too expensive at night"),
        ];

        var result = await Engine.FindThemesAsync(input, ThemeOptions.Default with { QuotesPerTheme = 3 }, CancellationToken.None);

        var theme = Assert.Single(result.Themes);
        Assert.Subset(new HashSet<string> { "a", "b", "c" }, theme.MemberIds.ToHashSet());
        // a, b and c say the same: one of them is quoted; d is quoted too when it joined the theme.
        Assert.Single(theme.QuoteIds, id => id is "a" or "b" or "c");
        Assert.Equal(theme.MemberIds.Contains("d"), theme.QuoteIds.Contains("d"));
    }

    [Fact]
    public async Task Should_not_embed_again_when_a_stored_vector_is_given()
    {
        var input = Contributions.ThreeTopics().Select(c => c with { Vector = FakeEmbedder.Vector(c.Text) }).ToArray();

        var result = await Engine.FindThemesAsync(input, ThemeOptions.Default, CancellationToken.None);

        Assert.Equal(0, embedder.Calls);
        Assert.Empty(result.Embedded);
    }

    [Fact]
    public async Task Should_hand_back_the_vectors_it_had_to_make_and_only_those()
    {
        var input = Contributions.ThreeTopics().Select((c, i) => i % 3 == 0 ? c : c with { Vector = FakeEmbedder.Vector(c.Text) }).ToArray();

        var result = await Engine.FindThemesAsync(input, ThemeOptions.Default, CancellationToken.None);

        var missing = input.Where((_, i) => i % 3 == 0).ToArray();
        Assert.Equal(missing.Select(c => c.Id).Order(), result.Embedded.Keys.Order());
        Assert.All(missing, c => Assert.Equal(FakeEmbedder.Vector(c.Text), result.Embedded[c.Id]));
    }
}
