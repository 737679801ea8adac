using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using static ElcBot.Tests.Panels.PanelSamples;

namespace ElcBot.Tests.Panels;

public sealed class DraftEditsTests
{
    [Fact]
    public void Should_rename_the_theme_everywhere_it_is_named_when_a_member_renames_it()
    {
        var edit = DraftEdits.Rename(Draft(), "t2", "  Getting through on the phone ");

        Assert.Equal(DraftEditOutcome.Done, edit.Outcome);
        var theme = edit.Draft!.Summary.Themes.Single(t => t.ThemeId == "t2");
        Assert.Equal(("Getting through on the phone", ThemeLabelStatus.RenamedByPanel), (theme.Label, theme.LabelStatus));
        Assert.Equal(["Getting through on the phone"], edit.Draft.Summary.New.NewThemes);
        Assert.Equal(new ChangeNote(PanelChangeKind.Renamed, "phone lines", "Getting through on the phone"), edit.Note);
    }

    [Theory]
    [InlineData("   ", DraftEditOutcome.NameMissing)]
    [InlineData(null, DraftEditOutcome.NameMissing)]
    [InlineData("This name goes on and on and on for much longer than any theme name on a card ever should", DraftEditOutcome.NameTooLong)]
    public void Should_change_nothing_when_the_new_name_is_empty_or_too_long(string? name, DraftEditOutcome expected)
    {
        var edit = DraftEdits.Rename(Draft(), "t1", name);

        Assert.Equal(expected, edit.Outcome);
        Assert.Null(edit.Draft);
    }

    [Fact]
    public void Should_keep_the_name_but_mark_it_questioned_when_a_member_says_it_is_wrong()
    {
        var edit = DraftEdits.MarkWrong(Draft(), "t1");

        var theme = edit.Draft!.Summary.Themes.Single(t => t.ThemeId == "t1");
        Assert.Equal(("waiting room", ThemeLabelStatus.QuestionedByPanel), (theme.Label, theme.LabelStatus));
        Assert.Equal(PanelChangeKind.MarkedWrong, edit.Note!.Kind);
    }

    [Fact]
    public void Should_move_every_member_into_the_first_theme_and_drop_the_second_when_two_themes_are_merged()
    {
        var edit = DraftEdits.Merge(Draft(), "t1", "t2");

        var theme = Assert.Single(edit.Draft!.Summary.Themes);
        Assert.Equal("waiting room", theme.Label);
        Assert.Equal(["a", "b", "c", "d", "e"], theme.MemberIds);
        Assert.Empty(edit.Draft.Summary.New.NewThemes);
        Assert.Equal(new ChangeNote(PanelChangeKind.Merged, "phone lines", "waiting room"), edit.Note);
    }

    [Theory]
    [InlineData("t1", DraftEditOutcome.ChooseAnotherTheme)]
    [InlineData(null, DraftEditOutcome.ChooseAnotherTheme)]
    [InlineData("t9", DraftEditOutcome.ThemeGone)]
    public void Should_refuse_to_merge_when_the_other_theme_is_itself_missing_or_gone(string? other, DraftEditOutcome expected)
    {
        Assert.Equal(expected, DraftEdits.Merge(Draft(), "t1", other).Outcome);
    }

    [Fact]
    public void Should_move_the_chosen_members_to_a_new_named_theme_when_a_member_splits_one()
    {
        var edit = DraftEdits.Split(Draft(), "t1", ["b", "not-in-the-theme"], "Knowing how long");

        var themes = edit.Draft!.Summary.Themes;
        Assert.Equal(["a", "c"], themes.Single(t => t.ThemeId == "t1").MemberIds);
        var created = themes.Single(t => t.Label == "Knowing how long");
        Assert.Equal(["b"], created.MemberIds);
        Assert.Equal(ThemeLabelStatus.RenamedByPanel, created.LabelStatus);
        Assert.DoesNotContain(created.ThemeId, new[] { "t1", "t2" });
        Assert.Equal(new ChangeNote(PanelChangeKind.Split, "waiting room", "Knowing how long", 1), edit.Note);
    }

    [Theory]
    [InlineData(new string[0], "New", DraftEditOutcome.ChooseSomeIdeas)]
    [InlineData(new[] { "a", "b", "c" }, "New", DraftEditOutcome.LeaveSomeIdeas)]
    [InlineData(new[] { "a" }, "", DraftEditOutcome.NameMissing)]
    public void Should_refuse_a_split_when_it_moves_nothing_moves_everything_or_has_no_name(string[] moving, string name, DraftEditOutcome expected)
    {
        Assert.Equal(expected, DraftEdits.Split(Draft(), "t1", moving, name).Outcome);
    }

    [Fact]
    public void Should_count_an_approval_once_when_a_member_approves_twice()
    {
        var members = new[] { Member("29:sam"), Member("29:ali") };

        var first = DraftEdits.Approve(Draft(), "29:sam", members);
        var second = DraftEdits.Approve(first.Draft!, "29:sam", members);

        Assert.Equal(new ChangeNote(PanelChangeKind.Approved, Count: 1, Of: 2), first.Note);
        Assert.Equal(DraftEditOutcome.AlreadyApproved, second.Outcome);
    }

    [Theory]
    [InlineData("rename")]
    [InlineData("wrong")]
    [InlineData("merge")]
    [InlineData("split")]
    public void Should_make_a_new_version_without_approvals_when_the_content_changes(string kind)
    {
        var approved = Draft() with { ApprovedBy = ["29:sam", "29:ali"], Revision = 4 };

        var edit = kind switch
        {
            "rename" => DraftEdits.Rename(approved, "t1", "Waiting well"),
            "wrong" => DraftEdits.MarkWrong(approved, "t1"),
            "merge" => DraftEdits.Merge(approved, "t1", "t2"),
            _ => DraftEdits.Split(approved, "t1", ["b"], "Knowing how long"),
        };

        Assert.Equal(DraftEditOutcome.Done, edit.Outcome);
        Assert.Empty(edit.Draft!.ApprovedBy);
        Assert.Equal(5, edit.Draft.Revision);
    }

    [Fact]
    public void Should_keep_the_version_and_other_approvals_when_a_member_approves()
    {
        var members = new[] { Member("29:sam"), Member("29:ali") };

        var edit = DraftEdits.Approve(Draft() with { ApprovedBy = ["29:ali"], Revision = 2 }, "29:sam", members, seenRevision: 2);

        Assert.Equal(["29:ali", "29:sam"], edit.Draft!.ApprovedBy);
        Assert.Equal(2, edit.Draft.Revision);
    }

    [Fact]
    public void Should_refuse_the_approval_when_the_member_saw_an_earlier_version()
    {
        var members = new[] { Member("29:sam"), Member("29:ali") };

        var edit = DraftEdits.Approve(Draft() with { Revision = 3 }, "29:sam", members, seenRevision: 2);

        Assert.Equal(DraftEditOutcome.ChangedSinceSeen, edit.Outcome);
        Assert.Null(edit.Draft);
    }

    private static PanelMember Member(string id, ContributorRole role = ContributorRole.Carer) =>
        new(RoundId, id, id, role, new PanelAddress("msteams", "https://smba.example/", "28:bot", "t"), SentAt);
}
