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
    /// <summary>
    /// Teams refuses a message over about 28 KB; the card leaves room for the activity around it. The same budget as
    /// tests/browser/card-contract.mjs.
    /// </summary>
    public const int MaxCardBytes = 26 * 1024;

    [Fact]
    public void Should_fit_in_one_teams_message_when_a_page_of_my_contributions_is_as_long_as_allowed()
    {
        var round = Round();
        var items = Enumerable.Range(0, MyContributionsCard.PageSize * 2).Select(i => new MyContribution(
            new Contribution("r1", $"c{i}", ContributionKind.Story, FullCards.Prose(ContributionService.MaxStoryLength), ContributorRole.Carer,
                ConsentLevel.MayQuote, "k", null, null, DateTimeOffset.UnixEpoch, "s", MayContact: true), round, 999)).ToArray();
        var news = items.ToDictionary(i => i.Contribution.Id, i => new ProgressUpdate("r1", $"u-{i.Contribution.Id}", UpdateSubject.Idea, i.Contribution.Id,
            null, null, [i.Contribution.Id], UpdateStatus.CannotDo, FullCards.Prose(UpdateService.MaxTextLength), "k", DateTimeOffset.UnixEpoch, "f"));

        AssertFits(MyContributionsCard.Build(items, news, page: 1));
    }

    [Fact]
    public void Should_fit_in_one_teams_message_when_a_summary_has_every_theme_named_at_length()
    {
        AssertFits(SummaryCard.Build(FullCards.Summary(), FullCards.Prose(300)));
    }

    [Fact]
    public void Should_fit_in_one_teams_message_when_a_page_of_ideas_is_as_long_as_allowed()
    {
        var ideas = Enumerable.Range(0, IdeaListing.PageSize).Select(i => new IdeaWithSupport(new Contribution("r1", $"i{i}", ContributionKind.Idea,
            FullCards.Prose(ContributionService.MaxIdeaLength), ContributorRole.Carer, ConsentLevel.MayQuote, "k", FullCards.Prose(100), "b",
            DateTimeOffset.UnixEpoch, "s"), 99_999)).ToArray();

        AssertFits(IdeasPageCard.Build(Round(), new IdeaPage("r1", ideas, 1, 999, 9_999), IdeasPageCard.SupportNotice(true), "i1"));
    }

    [Fact]
    public void Should_fit_in_one_teams_message_when_all_themes_are_named_at_length()
    {
        AssertFits(AllThemesCard.Build(FullCards.Summary()));
    }

    [Fact]
    public void Should_fit_in_one_teams_message_when_all_themes_are_named_in_urdu()
    {
        // Labels come from people's own words: in Urdu, Arabic script, every letter is two bytes.
        var summary = FullCards.Summary();
        summary = summary with { Themes = [.. summary.Themes.Select(t => t with { Label = new string('ب', ElcBot.Core.Panels.DraftEdits.MaxLabelLength) })] };

        AssertFits(AllThemesCard.Build(summary));
    }

    [Fact]
    public void Should_fit_in_one_teams_message_when_a_theme_holds_many_long_stories()
    {
        var summary = FullCards.Summary();
        var members = Enumerable.Range(0, ThemeIdeasCard.MaxShown * 2).Select(i => new ElcBot.Core.Summaries.SummaryContribution($"m{i}", ContributionKind.Story,
            FullCards.Prose(ContributionService.MaxStoryLength), ContributorRole.Carer, ConsentLevel.MayQuote, $"k{i}", DateTimeOffset.UnixEpoch, false,
            [.. Enum.GetValues<ElcBot.Core.Contributions.VoiceGroup>()], null)).ToArray();

        AssertFits(ThemeIdeasCard.Build(summary.Themes[0], members));
    }

    [Fact]
    public void Should_fit_in_one_teams_message_when_a_panel_draft_page_is_as_long_as_allowed()
    {
        var draft = new ElcBot.Core.Panels.PanelDraft("r1", "d1", FullCards.Summary(), ElcBot.Core.Panels.DraftState.InReview, DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch.AddDays(3), []);
        var members = Enumerable.Range(0, ElcBot.Core.Panels.PanelBalance.MaxMembers).Select(i => new ElcBot.Core.Panels.PanelMember("r1", $"29:p{i}",
            FullCards.Prose(100), ContributorRole.Carer, new ElcBot.Core.Panels.PanelAddress("msteams", "https://smba.example/", "28:bot", "t"), DateTimeOffset.UnixEpoch)).ToArray();

        AssertFits(PanelDraftCard.Build(draft, members, "29:p1", page: 1, notice: FullCards.Prose(300)));
    }

    private static Round Round() => new("r1", "c", "t", "team", FullCards.Question, ElcStage.Discover, null, true, DateTimeOffset.UnixEpoch);

    /// <summary>Measured as Teams receives it: the attachment as the SDK serialises it, in UTF-8.</summary>
    private static void AssertFits(JsonObject card)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(Newtonsoft.Json.JsonConvert.SerializeObject(card.ToAttachment()));

        Assert.True(bytes <= MaxCardBytes, $"{bytes} bytes, above {MaxCardBytes}");
    }
}
