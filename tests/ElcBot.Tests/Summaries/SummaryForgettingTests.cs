using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;

namespace ElcBot.Tests.Summaries;

public sealed class SummaryForgettingTests
{
    [Fact]
    public void Should_drop_a_theme_and_its_name_everywhere_when_every_member_is_erased()
    {
        var summary = SampleSummaries.Sample(themes: 2) with
        {
            Themes = [SampleSummaries.Theme(0, 20) with { MemberIds = ["gone"] }, SampleSummaries.Theme(1, 20) with { MemberIds = ["stays"] }],
            SharedGround = ["Theme 0", "Theme 1"],
            NeedsMoreVoices = ["Theme 0"],
            New = new WhatIsNew(DateTimeOffset.UnixEpoch, 2, ["Theme 0"]),
        };

        var kept = SummaryForgetting.Without(summary, [Erased("gone")])!;

        Assert.Equal(["Theme 1"], kept.Themes.Select(t => t.Label));
        Assert.Equal(["Theme 1"], kept.SharedGround);
        Assert.Empty(kept.NeedsMoreVoices);
        Assert.Empty(kept.New.NewThemes);
        Assert.Equal(summary.Counts, kept.Counts);
    }

    [Fact]
    public void Should_leave_the_summary_alone_when_none_of_the_erased_words_are_in_it()
    {
        var summary = SampleSummaries.Sample(themes: 2);

        Assert.Null(SummaryForgetting.Without(summary, [Erased("somewhere-else")]));
    }

    [Fact]
    public void Should_work_out_the_themes_split_by_voice_again_for_the_members_left()
    {
        // Four members: two with lived experience, one member of staff, one other.
        var theme = SampleSummaries.Theme(0, 20) with { MemberIds = ["carer", "patient", "nurse", "other"], LivedExperienceShare = 0.5, StaffShare = 0.25 };
        var summary = SampleSummaries.Sample(themes: 1) with { Themes = [theme] };

        var kept = SummaryForgetting.Without(summary, [Erased("carer"), Erased("nurse", ContributorRole.HealthOrCareStaff)])!;

        var left = Assert.Single(kept.Themes);
        Assert.Equal((2, 0.5, 0.0), (left.Size, left.LivedExperienceShare, left.StaffShare));
    }

    private static Contribution Erased(string id, ContributorRole role = ContributorRole.Carer) =>
        new("r1", id, ContributionKind.Idea, $"words of {id}", role, ConsentLevel.MayQuote, "k", null, null, DateTimeOffset.UnixEpoch, "s");
}
