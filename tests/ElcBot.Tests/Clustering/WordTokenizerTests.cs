using ElcBot.Clustering.Text;

namespace ElcBot.Tests.Clustering;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Should_treat_emoji_as_separators_when_splitting_words()
    {
        var words = WordTokenizer.Words("great staff👍🏽thank you 😊").Select(w => w.Surface);

        Assert.Equal(["great", "staff", "thank", "you"], words);
    }

    [Fact]
    public void Should_keep_accented_letters_and_apostrophes_inside_words()
    {
        var words = WordTokenizer.Words("L'hôpital wasn’t naïve").Select(w => w.Surface);

        Assert.Equal(["L'hôpital", "wasn't", "naïve"], words);
    }

    [Fact]
    public void Should_drop_stop_words_and_numbers_when_listing_content_words()
    {
        var words = WordTokenizer.ContentWords("The wait was 4 hours in A&E").Select(w => w.Key);

        Assert.Equal(["wait", "hours"], words);
    }
}
