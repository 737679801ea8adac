using System.Text;
using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;

namespace ElcBot.Tests.Contributions;

public sealed class ContributionCardTests
{
    private static readonly Round Round = TeamsTurns.OpenRound() with { Question = new string('q', RoundService.MaxQuestionLength) };

    public static TheoryData<string> Cards() => new(Largest().Keys);

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_be_adaptive_card_1_5_well_under_28_kb_with_every_action_named_in_its_data_when_filled_to_the_limits(string name)
    {
        var card = Largest()[name];

        Assert.Equal("1.5", card["version"]!.ToString());
        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) < 24 * 1024, $"{name} is {Encoding.UTF8.GetByteCount(card.ToJsonString())} bytes");
        foreach (var action in Descendants(card).Where(n => n["type"]?.ToString() == "Action.Execute"))
        {
            Assert.False(string.IsNullOrEmpty(action["data"]![CardActionData.ActionKey]?.ToString()));
            Assert.Equal("Action.Submit", action["fallback"]!["type"]!.ToString());
        }
    }

    [Fact]
    public void Should_put_each_field_problem_right_under_its_field_when_the_form_comes_back()
    {
        var card = ContributionFormCard.Build(Round, ContributionKind.Story, "s-1", problems: [ShareProblem.TextMissing, ShareProblem.ConsentMissing]);

        var body = card["body"]!.AsArray().Select(n => n!).ToList();
        var text = body.FindIndex(n => n["id"]?.ToString() == ContributionFormCard.TextInputId);
        var consent = body.FindIndex(n => n["id"]?.ToString() == ContributionFormCard.ConsentInput);
        Assert.Equal("Please write something first.", body[text + 1]["text"]!.ToString());
        Assert.Equal("Please choose how we can use your words.", body[consent + 1]["text"]!.ToString());
    }

    [Theory]
    [InlineData(0, "no one has said it matters to them yet")]
    [InlineData(1, "1 person said it matters to them")]
    [InlineData(3, "3 people said it matters to them")]
    public void Should_say_in_words_how_many_said_an_idea_matters_when_listing_my_contributions(int supports, string words)
    {
        var idea = new Contribution("round-1", "idea-1", ContributionKind.Idea, "More evening clinics", ContributorRole.Carer,
            ConsentLevel.MayQuote, "k", null, null, DateTimeOffset.UnixEpoch, "s");

        var card = MyContributionsCard.Build([new MyContribution(idea, Round, supports)]).ToJsonString();

        Assert.Contains(words, card);
    }

    [Fact]
    public void Should_not_speak_of_the_ideas_list_when_asking_to_remove_a_story()
    {
        var story = new Contribution("round-1", "story-1", ContributionKind.Story, "The nurse listened", ContributorRole.Carer,
            ConsentLevel.MayQuote, "k", null, null, DateTimeOffset.UnixEpoch, "s");

        var asked = Texts(RemoveContributionCard.Ask(story));

        Assert.DoesNotContain(asked, line => line.Contains("ideas list", StringComparison.Ordinal));
        Assert.Contains(RemoveContributionCard.WhereItGoes(ContributionKind.Story), asked);
        Assert.Contains("ideas list", RemoveContributionCard.WhereItGoes(ContributionKind.Idea));
    }

    [Fact]
    public void Should_say_other_people_s_ideas_stay_when_asking_before_forgetting_someone()
    {
        var asked = Texts(ForgetMeCard.Build());

        Assert.Contains(ForgetMeCard.WhatGoes, asked);
        Assert.Contains("their ideas stay", ForgetMeCard.WhatGoes);
        Assert.DoesNotContain(asked, line => line.Contains("the ideas you said matter to you", StringComparison.Ordinal));
    }

    private static List<string> Texts(JsonObject card) =>
        [.. Descendants(card).Select(n => n["text"]?.GetValue<string>()).OfType<string>()];

    private static Dictionary<string, JsonObject> Largest()
    {
        var story = new string('s', ContributionService.MaxStoryLength);
        var ideas = Enumerable.Range(0, IdeaListing.PageSize).Select(i => new IdeaWithSupport(
            new Contribution("round-1", $"idea-{i}", ContributionKind.Idea, new string('i', ContributionService.MaxIdeaLength), ContributorRole.Carer,
                ConsentLevel.MayQuote, new string('k', 64), new string('n', 100), "idea-x", DateTimeOffset.UnixEpoch, "s"), 9_999)).ToArray();
        var mine = Enumerable.Range(0, 40).Select(i => new MyContribution(
            new Contribution("round-1", $"c-{i}", ContributionKind.Story, story, ContributorRole.Carer, ConsentLevel.ThemesOnly, "k", null, null, DateTimeOffset.UnixEpoch, "s"),
            Round, 0)).ToArray();
        var contribution = mine[0].Contribution;
        return new()
        {
            ["round start"] = RoundStartCard.Build(new string('q', 300), "Dream", "2026-05-01", Enum.GetValues<RoundProblem>()),
            ["round"] = RoundCard.Build(Round),
            ["story form"] = ContributionFormCard.Build(Round, ContributionKind.Story, Guid.NewGuid().ToString("N"), "idea-1", story,
                new ContributionFormValues(story, "Carer", "name", "MayQuote", true), Enum.GetValues<ShareProblem>(), Enum.GetValues<MaskedKind>()),
            ["shared"] = SharedCard.Build(contribution),
            ["ideas page"] = IdeasPageCard.Build(Round, new IdeaPage("round-1", ideas, 3, 9, 45), IdeasPageCard.SupportNotice(true)),
            ["my contributions"] = MyContributionsCard.Build(mine),
            ["forget me"] = ForgetMeCard.Build(),
            ["forgotten"] = ForgetMeCard.Done(new ErasedCounts(3, 2, 1)),
            ["round picker"] = RoundPickerCard.Build(Enumerable.Repeat(Round, 15).ToArray()),
            ["notice"] = NoticeCard.Build(NoticeCard.RoundClosed),
        };
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => p.Value is null ? [] : Descendants(p.Value))),
        JsonArray a => a.SelectMany(n => n is null ? [] : Descendants(n)),
        _ => [],
    };
}
