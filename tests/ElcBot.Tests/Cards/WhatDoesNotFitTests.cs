using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Summaries;

namespace ElcBot.Tests.Cards;

/// <summary>When people's words in a script of three bytes a letter make a list too big for one Teams message, the card says what it left out.</summary>
public sealed class WhatDoesNotFitTests
{
    [Fact]
    public void Should_list_fewer_names_themes_and_updates_and_say_how_many_more_when_a_summary_in_chinese_would_not_fit()
    {
        var summary = FullCards.Summary(nameof(FullCards.Chinese));

        var json = SampleSummaries.Json(SummaryCard.Build(summary));

        Assert.Contains($"See all {summary.Themes.Count} themes", json);
        Assert.Matches(@"; and \d+ more", json);
        Assert.Matches(@"And \d+ more\. Type \*\*my contributions\*\*", json);
    }

    [Fact]
    public void Should_name_as_many_themes_as_in_english_when_a_summary_is_short_enough()
    {
        var summary = SampleSummaries.Sample(themes: 12);

        var card = SummaryCard.Build(summary);

        Assert.Equal(SummaryCard.ThemesOnCard, Pressable(card, SummaryCardActions.ThemeIdeas));
    }

    [Fact]
    public void Should_say_how_many_smaller_themes_are_left_out_when_all_themes_in_chinese_would_not_fit()
    {
        var summary = FullCards.Summary(nameof(FullCards.Chinese));
        summary = summary with { Themes = [.. summary.Themes.Select(t => t with { Label = FullCards.Chinese(DraftEdits.MaxLabelLength * 2) })] };

        var card = AllThemesCard.Build(summary);

        var listed = Pressable(card, SummaryCardActions.ThemeIdeas);
        var json = SampleSummaries.Json(card);
        Assert.InRange(listed, 1, AllThemesCard.MaxShown - 1);
        Assert.Contains($"And {summary.Themes.Count - listed} smaller themes.", json);
    }

    [Fact]
    public void Should_say_which_ideas_are_not_offered_when_the_update_form_in_chinese_would_not_fit()
    {
        var summary = FullCards.Summary(nameof(FullCards.Chinese));
        var form = new UpdateForm("r1", FullCards.Chinese(RoundService.MaxQuestionLength), "s1", [.. summary.Themes.Select(t => (t.ThemeId, t.Label))],
            [.. Enumerable.Range(0, 25).Select(i => ($"i{i}", FullCards.Chinese(ContributionService.MaxIdeaLength)))]);

        var json = SampleSummaries.Json(UpdateFormCard.Build(form, "sub"));

        Assert.Matches(@"\d+ ideas with the least support are not in the list, as there isn't room in one Teams message\. You can give an update about their themes instead\.", json);
        Assert.Contains($"{ElcBot.Core.Updates.UpdateRequest.ThemePrefix}t59", json);
    }

    [Fact]
    public void Should_say_more_ideas_are_not_listed_when_ideas_in_chinese_to_split_off_would_not_fit()
    {
        var draft = new PanelDraft("r1", "d1", FullCards.Summary(nameof(FullCards.Chinese)), DraftState.InReview, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(3), []);
        var members = Enumerable.Range(0, PanelThemeCard.MaxChoices * 2).Select(i => new SummaryContribution($"m{i}", ContributionKind.Idea,
            FullCards.Chinese(ContributionService.MaxIdeaLength), ContributorRole.Carer, ConsentLevel.MayQuote, $"k{i}", DateTimeOffset.UnixEpoch, false, [], null)).ToArray();

        var card = PanelThemeCard.Build(draft, draft.Summary.Themes[0], members, FullCards.Chinese(300));

        var listed = Descendants(card).OfType<JsonObject>().Single(o => (string?)o["id"] == PanelThemeCard.SplitInput)["choices"]!.AsArray().Count;
        Assert.InRange(listed, 1, PanelThemeCard.MaxChoices - 1);
        Assert.Contains(PanelThemeCard.NotListed(members.Length - listed), SampleSummaries.Json(card));
    }

    [Fact]
    public void Should_keep_every_item_on_the_page_with_a_way_to_read_it_all_when_a_page_of_my_contributions_in_chinese_would_not_fit()
    {
        var items = Enumerable.Range(0, MyContributionsCard.PageSize).Select(i => new MyContribution(new Contribution("r1", $"c{i}", ContributionKind.Story,
            FullCards.Chinese(ContributionService.MaxStoryLength), ContributorRole.Carer, ConsentLevel.MayQuote, "k", null, null, DateTimeOffset.UnixEpoch, "s"),
            new Round("r1", "c", "t", "team", FullCards.Chinese(RoundService.MaxQuestionLength), ElcStage.Discover, null, true, DateTimeOffset.UnixEpoch), 0)).ToArray();
        var news = items.ToDictionary(i => i.Contribution.Id, i => new ElcBot.Core.Updates.ProgressUpdate("r1", $"u{i.Contribution.Id}",
            ElcBot.Core.Updates.UpdateSubject.Idea, i.Contribution.Id, null, null, [i.Contribution.Id], ElcBot.Core.Updates.UpdateStatus.Testing,
            FullCards.Chinese(ElcBot.Core.Updates.UpdateService.MaxTextLength), "k", DateTimeOffset.UnixEpoch, "f"));

        var card = MyContributionsCard.Build(items, news);

        // Fewer words of each than in English, but every item is there, with its button to read it whole.
        Assert.DoesNotContain(FullCards.Chinese(MyContributionCard.ShownInList - 10), SampleSummaries.Json(card));
        Assert.Equal(MyContributionsCard.PageSize, Pressable(card, ElcBot.Bot.CardActions.CardActionNames.ReadMine));
        Assert.True(CardBudget.Fits(card));
    }

    /// <summary>How many buttons on the card do <paramref name="action"/>.</summary>
    private static int Pressable(JsonObject card, string action) =>
        Descendants(card).OfType<JsonObject>().Count(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == action);

    private static IEnumerable<JsonNode> Descendants(JsonNode node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
        _ => [node],
    };
}
