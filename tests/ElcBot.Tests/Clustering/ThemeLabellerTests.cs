using ElcBot.Clustering.Labels;
using ElcBot.Clustering.Text;

namespace ElcBot.Tests.Clustering;

public sealed class ThemeLabellerTests
{
    [Fact]
    public void Should_name_each_theme_by_the_words_that_set_it_apart()
    {
        IReadOnlyList<string>[] themes =
        [
            ["The car parking was awful", "Parking at the hospital costs too much", "parking charges hurt"],
            ["The nurses were kind", "Kind nurses on the ward", "the ward was clean"],
        ];

        var labels = ThemeLabeller.Label(themes, CancellationToken.None);

        Assert.StartsWith("parking", labels[0], StringComparison.Ordinal);
        Assert.Contains("nurses", labels[1], StringComparison.Ordinal);
        Assert.DoesNotContain("the", labels[0].Split(", "));
    }

    [Fact]
    public void Should_keep_the_spelling_members_used_when_labelling()
    {
        IReadOnlyList<string>[] themes = [["NHS app is slow", "the NHS app crashed", "NHS app login fails"], ["food was cold", "cold food again"]];

        var labels = ThemeLabeller.Label(themes, CancellationToken.None);

        Assert.Contains("NHS", labels[0].Split(", "));
    }

    [Fact]
    public void Should_use_only_words_written_by_members_when_themes_are_in_other_languages()
    {
        IReadOnlyList<string>[] themes = [["La comida estaba fría", "comida fría otra vez"], ["Les infirmières étaient gentilles", "infirmières très gentilles"]];

        var labels = ThemeLabeller.Label(themes, CancellationToken.None);

        for (var t = 0; t < themes.Length; t++)
        {
            var written = themes[t].SelectMany(text => WordTokenizer.Words(text)).Select(w => w.Surface).ToHashSet();
            Assert.NotEmpty(labels[t]);
            Assert.All(labels[t].Split(", "), w => Assert.Contains(w, written));
        }
    }
}
