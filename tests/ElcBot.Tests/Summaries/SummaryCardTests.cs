using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Cards;

namespace ElcBot.Tests.Summaries;

public sealed class SummaryCardTests
{
    [Fact]
    public void Should_show_the_question_counts_and_themes_with_labels_marked_automatic()
    {
        var json = SampleSummaries.Json(SummaryCard.Build(SampleSummaries.Sample(themes: 2)));

        Assert.Contains("What would make it easier to get help?", json);
        Assert.Contains("Theme 0 (automatic name)", ShownLines.Of(json));
        Assert.Contains("Theme 0", ShownLines.BoldRuns(json));
        Assert.Contains("“Quote 0 from theme 0”", json);
        Assert.Contains("3 (2 lived experience, 1 staff)", json);
        Assert.Contains(SummaryCard.GeneratedNote, json);
        Assert.Contains("Shared ground", json);
    }

    [Theory]
    [InlineData(20, "Discover stage · 20 November to 27 November 2026")]
    [InlineData(27, "Discover stage · 27 November 2026")]
    public void Should_name_the_days_covered_once_each_when_the_summary_is_shown(int startDay, string line)
    {
        var summary = SampleSummaries.Sample(themes: 1) with { PeriodStart = new DateTimeOffset(2026, 11, startDay, 8, 0, 0, TimeSpan.Zero) };

        var json = SampleSummaries.Json(SummaryCard.Build(summary));

        Assert.Contains(line, ShownLines.Of(json));
    }

    [Fact]
    public void Should_name_a_few_themes_and_count_the_rest_when_many_are_shared_ground()
    {
        var labels = Enumerable.Range(0, SummaryCard.NamesInALine + 3).Select(i => $"Theme {i}").ToArray();
        var summary = SampleSummaries.Sample(themes: 1) with { SharedGround = labels };

        var lines = ShownLines.Of(SampleSummaries.Json(SummaryCard.Build(summary)));

        Assert.Contains(lines, l => l.StartsWith("Shared ground", StringComparison.Ordinal) && l.EndsWith("Theme 7; and 3 more", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_put_themes_that_do_not_fit_behind_a_button_and_stay_small_when_there_are_many()
    {
        var summary = SampleSummaries.Sample(themes: 60, quoteLength: 2_000);

        var card = SummaryCard.Build(summary);
        var json = card.ToJsonString();

        Assert.Contains("See all 60 themes", json);
        Assert.DoesNotContain("Theme 5**", json);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) < 28_000, $"{json.Length} bytes");
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }

    [Fact]
    public void Should_say_who_backed_a_theme_when_people_said_it_matters_to_them()
    {
        var summary = SampleSummaries.Sample(themes: 1) with
        {
            Themes = [SampleSummaries.Theme(0, 10) with { LivedExperienceShare = 1, StaffShare = 0, LivedExperienceSupports = 2, StaffSupports = 1 }],
        };

        var json = SampleSummaries.Json(SummaryCard.Build(summary));

        Assert.Contains("100% lived experience · 0% staff · support from 2 lived experience and 1 staff", json);
    }

    [Fact]
    public void Should_not_mention_support_when_nobody_gave_any()
    {
        var theme = SampleSummaries.Theme(0, 10) with { LivedExperienceShare = 0.5, StaffShare = 0.5 };

        Assert.Equal($"{theme.Size} shared · 50% lived experience · 50% staff", VoiceWords.ThemeLine(theme));
        Assert.Equal($"{theme.Size} shared · 50% lived experience · 50% staff · support from 1 staff", VoiceWords.ThemeLine(theme with { StaffSupports = 1 }));
    }

    [Fact]
    public void Should_not_quote_the_top_idea_when_its_author_did_not_allow_quotes()
    {
        var summary = SampleSummaries.Sample(themes: 1) with
        {
            Themes = [SampleSummaries.Theme(0, 10) with { TopIdea = new SupportedIdea("i1", null, 7) }],
        };

        var json = SampleSummaries.Json(SummaryCard.Build(summary));

        Assert.Contains("7 people said it matters to them (its author asked not to be quoted)", json);
    }

    [Fact]
    public void Should_say_one_person_not_one_people_when_one_person_supports_the_top_idea()
    {
        var summary = SampleSummaries.Sample(themes: 1) with
        {
            Themes = [SampleSummaries.Theme(0, 10) with { TopIdea = new SupportedIdea("i1", "A phone line open the same day.", 1) }],
        };

        var json = SampleSummaries.Json(SummaryCard.Build(summary));

        Assert.Contains("“A phone line open the same day.” (1 person said it matters to them)", json);
        Assert.DoesNotContain("1 people", json);
    }

    [Fact]
    public void Should_count_people_by_role_in_plain_words_when_roles_were_counted()
    {
        var summary = SampleSummaries.Sample(themes: 1);
        var counted = summary with
        {
            Counts = summary.Counts with
            {
                ContributorsByRole = new Dictionary<ContributorRole, int> { [ContributorRole.Carer] = 2, [ContributorRole.UsesServices] = 1, [ContributorRole.HealthOrCareStaff] = 3 },
            },
        };

        var json = SummaryCard.Build(counted).ToJsonString();

        Assert.Contains("3 health or care workers, 2 carers, 1 person who uses services", json);
        Assert.DoesNotContain("By role", SummaryCard.Build(summary with { Counts = summary.Counts with { ContributorsByRole = null } }).ToJsonString());
    }

    [Fact]
    public void Should_say_it_is_the_first_summary_or_what_is_new_since_the_last()
    {
        var first = SummaryCard.Build(SampleSummaries.Sample(themes: 1)).ToJsonString();
        var later = SummaryCard.Build(SampleSummaries.Sample(themes: 1) with
        {
            New = new WhatIsNew(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero), 4, ["Waiting times"]),
        }).ToJsonString();

        var one = SummaryCard.Build(SampleSummaries.Sample(themes: 1) with
        {
            New = new WhatIsNew(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero), 1, []),
        }).ToJsonString();

        Assert.Contains("first summary", first);
        Assert.Contains("Since the last summary on 16 November: 4 new stories and ideas, new themes: Waiting times.", later);
        Assert.Contains("Since the last summary on 16 November: 1 new story or idea, no new themes.", one);
    }
}

public sealed class SummaryCardWordingTests
{
    [Theory]
    [InlineData(1, "1 other idea doesn't fit a theme yet. It still counts.")]
    [InlineData(3, "3 other ideas don't fit a theme yet. They still count.")]
    public void Should_count_other_ideas_in_plain_english(int others, string expected)
    {
        var json = SampleSummaries.Json(ElcBot.Bot.Cards.SummaryCard.Build(SampleSummaries.Sample(themes: 1) with { OtherIdeas = others }));

        Assert.Contains(expected, json);
    }

    [Fact]
    public void Should_say_when_the_next_summary_is_due_when_the_round_has_a_weekly_one()
    {
        var lines = ShownLines.Of(SummaryCard.Build(SampleSummaries.Sample(themes: 1) with { NextSummaryOn = new DateOnly(2026, 12, 7) }).ToJsonString());

        Assert.Contains("Next summary: Monday 7 December", lines);
    }

    [Fact]
    public void Should_say_nothing_of_a_next_summary_when_none_is_scheduled()
    {
        Assert.DoesNotContain("Next summary", SummaryCard.Build(SampleSummaries.Sample(themes: 1)).ToJsonString());
    }
}
