using ElcBot.Bot.Contributions;

namespace ElcBot.Tests.Contributions;

public sealed class StoryLikeTextTests
{
    [Theory]
    [InlineData("The nurse on ward 3 sat with my dad all night", true)]
    [InlineData("The nurse on ward 3 was kind", false)]
    [InlineData("How do I share an idea about the clinic on Fridays?", false)]
    [InlineData("How do I share an idea about the clinic on Fridays?  ", false)]
    public void Should_read_english_by_its_spaces_and_its_question_mark_when_judging_a_message(string text, bool expected)
    {
        Assert.Equal(expected, StoryLikeText.ReadsLikeAStory(text, minWords: 8));
    }

    [Fact]
    public void Should_read_a_chinese_sentence_as_a_story_when_it_has_no_spaces_between_its_words()
    {
        // "When my dad was in hospital the nurse sat with him all night; she was very kind."
        const string story = "我爸爸住院的时候，护士整夜陪着他，她非常善良。";

        Assert.True(StoryLikeText.ReadsLikeAStory(story, minWords: 8));
    }

    [Theory]
    [InlineData("帮助")]
    [InlineData("我的贡献")]
    [InlineData("ありがとう")]
    public void Should_not_read_a_few_characters_as_a_story_when_they_are_likely_a_command_or_thanks(string text)
    {
        Assert.False(StoryLikeText.ReadsLikeAStory(text, minWords: 8));
    }

    [Theory]
    [InlineData("我想知道怎么在这个诊所里分享一个想法呢？")]
    [InlineData("كيف يمكنني مشاركة فكرة عن العيادة في أيام الجمعة من فضلك؟")]
    public void Should_not_read_a_question_as_a_story_when_it_ends_with_its_scripts_question_mark(string text)
    {
        Assert.False(StoryLikeText.ReadsLikeAStory(text, minWords: 8));
    }

    [Fact]
    public void Should_count_a_word_for_every_two_unspaced_letters_and_one_for_each_spaced_word_when_scripts_are_mixed()
    {
        // Six Han characters are three words; "ward" and "3" are one each.
        Assert.Equal(5, StoryLikeText.WordsIn("护士非常善良 ward 3"));
    }

    [Fact]
    public void Should_count_characters_outside_the_basic_plane_as_one_letter_each_when_counting_words()
    {
        // Two CJK Extension B characters, each a surrogate pair in UTF-16, make one word.
        Assert.Equal(1, StoryLikeText.WordsIn("\U00020000\U00020001"));
    }
}
