using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using static ElcBot.Tests.Panels.PanelSamples;

namespace ElcBot.Tests.Panels;

public sealed class DraftThemesTests
{
    [Fact]
    public void Should_work_out_voices_quotes_and_shared_ground_again_when_themes_are_merged()
    {
        var merged = DraftEdits.Merge(Draft(), "t2", "t1").Draft!;

        var summary = DraftThemes.Refresh(merged.Summary, Shared);

        var theme = Assert.Single(summary.Themes);
        Assert.Equal("phone lines", theme.Label);
        Assert.Equal(0.4, theme.LivedExperienceShare, 3);
        Assert.Contains(theme.Quotes, q => q.ContributionId == "a");
        Assert.DoesNotContain(theme.Quotes, q => q.ContributionId == "c");
        Assert.Equal(["phone lines"], summary.SharedGround);
        Assert.Empty(summary.NeedsMoreVoices);
    }

    [Fact]
    public void Should_drop_erased_words_from_themes_and_quotes_when_someone_used_forget_me()
    {
        var remaining = Shared.Where(c => c.Id is not "a" and not "d" and not "e").ToArray();

        var summary = DraftThemes.Refresh(Draft().Summary, remaining);

        var theme = Assert.Single(summary.Themes);
        Assert.Equal(["b", "c"], theme.MemberIds);
        Assert.DoesNotContain(theme.Quotes, q => q.ContributionId == "a");
        Assert.Empty(summary.New.NewThemes);
    }

    [Fact]
    public void Should_keep_the_panels_names_when_working_the_themes_out_again()
    {
        var renamed = DraftEdits.Rename(Draft(), "t1", "Waiting well").Draft!;

        var summary = DraftThemes.Refresh(renamed.Summary, Shared);

        var theme = summary.Themes.Single(t => t.ThemeId == "t1");
        Assert.Equal(("Waiting well", ThemeLabelStatus.RenamedByPanel), (theme.Label, theme.LabelStatus));
        Assert.Contains("Waiting well", summary.SharedGround);
    }

    [Fact]
    public void Should_keep_words_for_facilitators_only_out_of_themes_when_the_draft_names_them()
    {
        var hidden = C("f", "Private words for the facilitators.", ContributorRole.UsesServices, ConsentLevel.FacilitatorsOnly);
        var draft = Draft().Summary with { Themes = [Theme("t1", "waiting room", "a", "f")] };

        var summary = DraftThemes.Refresh(draft, [.. Shared, hidden]);

        Assert.Equal(["a"], Assert.Single(summary.Themes).MemberIds);
    }
}
