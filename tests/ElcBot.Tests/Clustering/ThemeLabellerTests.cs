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

        Assert.Contains("NHS", labels[0].Split([", ", " "], StringSplitOptions.None));
        Assert.DoesNotContain("nhs", labels[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_a_theme_by_the_answer_many_gave_when_it_is_all_stop_words()
    {
        IReadOnlyList<string>[] themes =
        [
            ["Nothing", "nothing.", "Nothing", "Absolutely nothing, excellent stock", "Nothing at all", "nothing", "Absolutely nothing, STOCK was fine"],
            ["The car parking was awful", "Parking at the hospital costs too much", "parking charges hurt"],
        ];

        var labels = ThemeLabeller.Label(themes, CancellationToken.None);

        Assert.Equal("Nothing", labels[0]);
        Assert.StartsWith("parking", labels[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_by_words_when_too_few_gave_the_same_answer()
    {
        IReadOnlyList<string>[] themes =
        [
            ["Nothing", "Nothing", "The car parking was awful", "Parking at the hospital costs too much", "parking charges hurt", "parking is far", "more parking"],
            ["The nurses were kind", "Kind nurses on the ward", "the ward was clean"],
        ];

        var labels = ThemeLabeller.Label(themes, CancellationToken.None);

        Assert.StartsWith("parking", labels[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_widen_a_lone_word_to_the_phrase_members_wrote_it_in()
    {
        IReadOnlyList<string>[] themes =
        [
            ["I was looked after very well.", "Been well looked after", "Being looked after", "My care was great, really well looked after."],
            ["The car parking was awful", "Parking at the hospital costs too much", "parking charges hurt"],
        ];

        var labels = ThemeLabeller.Label(themes, CancellationToken.None);

        Assert.Equal("looked after", labels[0]);
    }

    [Fact]
    public void Should_keep_the_lone_word_when_the_only_shared_phrase_opens_with_a_stop_word()
    {
        IReadOnlyList<string>[] themes =
        [
            ["Pattern matching in Scala", "Traits in Scala", "Is Scala to blame", "Scala to Java"],
            ["The car parking was awful", "Parking at the hospital costs too much", "parking charges hurt"],
        ];

        var labels = ThemeLabeller.Label(themes, CancellationToken.None);

        Assert.Equal("Scala", labels[0]);
    }

    [Fact]
    public void Should_keep_two_words_together_in_the_order_members_wrote_them()
    {
        IReadOnlyList<string>[] themes =
        [
            ["Visual Studio crashes", "Debugging in Visual Studio 2008", "Visual Studio macros", "Studio shortcuts in Visual C++"],
            ["The car parking was awful", "Parking at the hospital costs too much", "parking charges hurt"],
        ];

        var labels = ThemeLabeller.Label(themes, CancellationToken.None);

        Assert.StartsWith("Visual Studio", labels[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_a_word_once_when_members_wrote_it_and_its_plural()
    {
        IReadOnlyList<string>[] themes =
        [
            ["Fabulous service", "Services were slow", "service was slow", "the services helped", "Slow service again"],
            ["The nurses were kind", "Kind nurses on the ward", "the ward was clean"],
        ];

        var words = ThemeLabeller.Label(themes, CancellationToken.None)[0].Split(", ");

        Assert.Contains("service", words);
        Assert.DoesNotContain("services", words, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_prefer_the_plainer_spelling_when_two_were_written_as_often()
    {
        Assert.Equal("activity", Spelling.MostUsed(new Dictionary<string, int> { ["actIvIty"] = 2, ["activity"] = 2 }));
        Assert.Equal("NHS", Spelling.MostUsed(new Dictionary<string, int> { ["NHS"] = 3, ["nhs"] = 1 }));
    }

    [Theory]
    [InlineData("service", "services", true)]
    [InlineData("activity", "activities", true)]
    [InlineData("church", "churches", true)]
    [InlineData("address", "address", true)]
    [InlineData("class", "clas", false)]
    [InlineData("ward", "words", false)]
    public void Should_know_a_word_from_its_plural(string a, string b, bool same)
    {
        Assert.Equal(same, Spelling.SameWord(a, b));
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
