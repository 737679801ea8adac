using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.Core.Updates;

namespace ElcBot.Tests.Cards;

/// <summary>Cards whose size grows with what people shared stay small enough for Teams when everything in them is as long as allowed.</summary>
public sealed class CardSizeTests
{
    /// <summary>The budget every card is built to, written out here so a change to it is a change to this test too.</summary>
    public const int MaxCardBytes = 26 * 1024;

    [Theory]
    [MemberData(nameof(FullCards.Scripts), MemberType = typeof(FullCards))]
    public void Should_fit_in_one_teams_message_when_a_page_of_my_contributions_is_as_long_as_allowed(string script)
    {
        var round = Round(script);
        var items = Enumerable.Range(0, MyContributionsCard.PageSize * 2).Select(i => new MyContribution(
            new Contribution("r1", $"c{i}", ContributionKind.Story, FullCards.In(script, ContributionService.MaxStoryLength), ContributorRole.Carer,
                ConsentLevel.MayQuote, "k", null, null, DateTimeOffset.UnixEpoch, "s", MayContact: true), round, 999)).ToArray();
        var news = items.ToDictionary(i => i.Contribution.Id, i => new ProgressUpdate("r1", $"u-{i.Contribution.Id}", UpdateSubject.Idea, i.Contribution.Id,
            null, null, [i.Contribution.Id], UpdateStatus.CannotDo, FullCards.In(script, UpdateService.MaxTextLength), "k", DateTimeOffset.UnixEpoch, "f"));

        AssertFits(MyContributionsCard.Build(items, news, page: 1));
    }

    [Theory]
    [MemberData(nameof(FullCards.Scripts), MemberType = typeof(FullCards))]
    public void Should_fit_in_one_teams_message_when_a_summary_has_every_theme_named_at_length(string script)
    {
        AssertFits(SummaryCard.Build(FullCards.Summary(script), FullCards.In(script, 300)));
    }

    [Theory]
    [MemberData(nameof(FullCards.Scripts), MemberType = typeof(FullCards))]
    public void Should_fit_in_one_teams_message_when_a_page_of_ideas_is_as_long_as_allowed(string script)
    {
        var ideas = Enumerable.Range(0, IdeaListing.PageSize).Select(i => new IdeaWithSupport(new Contribution("r1", $"i{i}", ContributionKind.Idea,
            FullCards.In(script, ContributionService.MaxIdeaLength), ContributorRole.Carer, ConsentLevel.MayQuote, "k", FullCards.In(script, 100), "b",
            DateTimeOffset.UnixEpoch, "s"), 99_999)).ToArray();

        AssertFits(IdeasPageCard.Build(Round(script), new IdeaPage("r1", ideas, 1, 999, 9_999), IdeasPageCard.SupportNotice(true), "i1"));
    }

    [Theory]
    [MemberData(nameof(FullCards.Scripts), MemberType = typeof(FullCards))]
    public void Should_fit_in_one_teams_message_when_all_themes_are_named_at_length(string script)
    {
        AssertFits(AllThemesCard.Build(FullCards.Summary(script)));
    }

    [Fact]
    public void Should_fit_in_one_teams_message_when_all_themes_are_named_in_urdu()
    {
        // Labels come from people's own words: in Urdu, Arabic script, every letter is two bytes.
        var summary = FullCards.Summary();
        summary = summary with { Themes = [.. summary.Themes.Select(t => t with { Label = new string('ب', ElcBot.Core.Panels.DraftEdits.MaxLabelLength) })] };

        AssertFits(AllThemesCard.Build(summary));
    }

    [Theory]
    [MemberData(nameof(FullCards.Scripts), MemberType = typeof(FullCards))]
    public void Should_fit_in_one_teams_message_when_a_theme_holds_many_long_stories(string script)
    {
        var summary = FullCards.Summary(script);
        var members = Enumerable.Range(0, ThemeIdeasCard.MaxShown * 2).Select(i => new ElcBot.Core.Summaries.SummaryContribution($"m{i}", ContributionKind.Story,
            FullCards.In(script, ContributionService.MaxStoryLength), ContributorRole.Carer, ConsentLevel.MayQuote, $"k{i}", DateTimeOffset.UnixEpoch, false,
            [.. Enum.GetValues<ElcBot.Core.Contributions.VoiceGroup>()], null)).ToArray();

        AssertFits(ThemeIdeasCard.Build(summary.Themes[0], members));
    }

    [Theory]
    [MemberData(nameof(FullCards.Scripts), MemberType = typeof(FullCards))]
    public void Should_fit_in_one_teams_message_when_a_panel_draft_page_is_as_long_as_allowed(string script)
    {
        var draft = Draft(script);
        var members = Enumerable.Range(0, ElcBot.Core.Panels.PanelBalance.MaxMembers).Select(i => new ElcBot.Core.Panels.PanelMember("r1", $"29:p{i}",
            FullCards.In(script, 100), ContributorRole.Carer, new ElcBot.Core.Panels.PanelAddress("msteams", "https://smba.example/", "28:bot", "t"), DateTimeOffset.UnixEpoch)).ToArray();

        AssertFits(PanelDraftCard.Build(draft, members, "29:p1", page: 1, notice: FullCards.In(script, 300)));
    }

    [Theory]
    [MemberData(nameof(FullCards.Scripts), MemberType = typeof(FullCards))]
    public void Should_fit_in_one_teams_message_when_a_panel_member_changes_a_theme_of_a_draft_as_long_as_allowed(string script)
    {
        var draft = Draft(script);
        var members = Enumerable.Range(0, PanelThemeCard.MaxChoices * 2).Select(i => new ElcBot.Core.Summaries.SummaryContribution($"m{i}", ContributionKind.Idea,
            FullCards.In(script, ContributionService.MaxIdeaLength), ContributorRole.Carer, ConsentLevel.MayQuote, $"k{i}", DateTimeOffset.UnixEpoch, false, [], null)).ToArray();

        AssertFits(PanelThemeCard.Build(draft, draft.Summary.Themes[0], members, FullCards.In(script, 300)));
    }

    [Theory]
    [MemberData(nameof(FullCards.Scripts), MemberType = typeof(FullCards))]
    public void Should_fit_in_one_teams_message_when_the_update_form_offers_every_theme_and_idea_at_length(string script)
    {
        var summary = FullCards.Summary(script);
        var form = new UpdateForm("r1", FullCards.In(script, ElcBot.Core.Rounds.RoundService.MaxQuestionLength), "s1",
            [.. summary.Themes.Select(t => (t.ThemeId, t.Label))],
            [.. Enumerable.Range(0, ElcBot.Bot.Updates.UpdateFormSource.MaxIdeas).Select(i => ($"i{i}", FullCards.In(script, ContributionService.MaxIdeaLength)))]);

        AssertFits(UpdateFormCard.Build(form, "sub", new UpdateFormValues("t1", "CannotDo", FullCards.In(script, UpdateService.MaxTextLength)),
            [.. Enum.GetValues<UpdateProblem>()], [.. Enum.GetValues<MaskedKind>()]));
    }

    [Theory]
    [MemberData(nameof(FullCards.Scripts), MemberType = typeof(FullCards))]
    public void Should_fit_in_one_teams_message_when_a_story_as_long_as_allowed_is_carried_to_a_choice_of_rounds(string script)
    {
        var rounds = Enumerable.Range(0, StoryRoundChoiceCard.MaxShown * 2).Select(i => Round(script) with { Id = $"r{i}" }).ToArray();

        AssertFits(StoryRoundChoiceCard.Build(rounds, FullCards.In(script, ContributionService.MaxStoryLength)));
    }

    private static Round Round(string script) =>
        new("r1", "c", "t", "team", FullCards.In(script, ElcBot.Core.Rounds.RoundService.MaxQuestionLength), ElcStage.Discover, null, true, DateTimeOffset.UnixEpoch);

    private static ElcBot.Core.Panels.PanelDraft Draft(string script) => new("r1", "d1", FullCards.Summary(script), ElcBot.Core.Panels.DraftState.InReview,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(3), []);

    /// <summary>Measured as Teams receives it: the attachment as the SDK serialises it, in UTF-8.</summary>
    private static void AssertFits(JsonObject card)
    {
        // CardBudgetTests checks this count against what the SDK's connector client really writes.
        var bytes = CardBudget.BytesOf(card);

        Assert.True(bytes <= MaxCardBytes, $"{bytes} bytes, above {MaxCardBytes}");
    }
}
