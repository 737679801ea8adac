using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Summaries;

namespace ElcBot.Tests.Cards;

/// <summary>Every card the bot can send, in its short and long states, for checks that must cover them all.</summary>
/// <remarks>Add each new card builder here: the readability and size checks then cover it.</remarks>
public static class CardCatalogue
{
    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        foreach (var card in Contributions())
        {
            yield return card;
        }

        foreach (var card in PanelCardSamples.All())
        {
            yield return card;
        }

        yield return ("welcome (personal)", WelcomeCard.Build(isPersonal: true));
        yield return ("welcome (team)", WelcomeCard.Build(isPersonal: false));
        yield return ("help", HelpCard.Build(
        [
            new BotCommand("help", "See what I can do"),
            new BotCommand("summary", "Post a summary of the round now", FacilitatorsOnly: true),
            new BotCommand("schedule summary", "Post a summary every week (for example: schedule summary monday 09:00)", FacilitatorsOnly: true),
            new ElcBot.Bot.Panels.PanelCommand([], Moq.Mock.Of<ElcBot.Bot.Facilitation.IFacilitatorCheck>()).Command,
        ]));
        yield return ("summary (short)", SummaryCard.Build(SampleSummaries.Sample(themes: 1)));
        yield return ("summary (long)", SummaryCard.Build(SampleSummaries.Sample(themes: 40, quoteLength: 2_000)));
        yield return ("summary (empty)", SummaryCard.Build(SampleSummaries.Sample(themes: 0)));
        yield return ("all themes", AllThemesCard.Build(SampleSummaries.Sample(themes: 60)));
        yield return ("theme ideas", ThemeIdeasCard.Build(SampleSummaries.Theme(0, 20), Members(30)));
        yield return ("earlier summaries", SummariesListCard.Build([SampleSummaries.Sample(themes: 3), SampleSummaries.Sample(themes: 2)]));
        yield return ("earlier summaries (none)", SummariesListCard.Build([]));
        yield return ("round choice", RoundChoiceCard.Build(
            Enumerable.Range(0, 12).Select(i => new SummaryRound($"r{i}", "c", "What would make it easier to get help with your mental health?", "Discover", DateTimeOffset.UnixEpoch)).ToArray()));
    }

    /// <summary>The contribution cards (rounds, forms, ideas, my contributions, forget me), with realistic words.</summary>
    public static IEnumerable<(string Name, JsonObject Card)> Contributions()
    {
        var round = new ElcBot.Core.Rounds.Round("r1", "c", "t", "team", "What would make it easier to get help with your mental health?",
            ElcBot.Core.Rounds.ElcStage.Discover, new DateOnly(2026, 5, 1), true, DateTimeOffset.UnixEpoch);
        var idea = new Contribution("r1", "i1", ContributionKind.Idea, "A quiet room to wait in, with water and a clock.", ContributorRole.Carer,
            ConsentLevel.MayQuote, "k", null, null, DateTimeOffset.UnixEpoch, "s");
        yield return ("round start", RoundStartCard.Build());
        yield return ("round start (problems)", RoundStartCard.Build(problems: Enum.GetValues<ElcBot.Core.Rounds.RoundProblem>()));
        yield return ("round", RoundCard.Build(round));
        yield return ("round (closed)", RoundCard.Build(round with { IsOpen = false }));
        yield return ("story form", ContributionFormCard.Build(round, ContributionKind.Story, "s1"));
        yield return ("idea form (building on, problems, hidden data)", ContributionFormCard.Build(round, ContributionKind.Idea, "s1", "i1", idea.Text,
            null, Enum.GetValues<ShareProblem>(), Enum.GetValues<ElcBot.Core.Privacy.MaskedKind>()));
        yield return ("shared", SharedCard.Build(idea));
        yield return ("ideas", IdeasPageCard.Build(round, new IdeaPage("r1", Enumerable.Repeat(new IdeaWithSupport(idea, 3), 5).ToArray(), 1, 3, 15), IdeasPageCard.SupportNotice(true)));
        yield return ("ideas (none)", IdeasPageCard.Build(round, new IdeaPage("r1", [], 0, 1, 0)));
        yield return ("my contributions", MyContributionsCard.Build([new ElcBot.Core.Privacy.MyContribution(idea, round, 3)]));
        yield return ("forget me", ForgetMeCard.Build());
        yield return ("forgotten", ForgetMeCard.Done(new ElcBot.Core.Privacy.ErasedCounts(2, 1, 4)));
        yield return ("round picker", RoundPickerCard.Build([round]));
        yield return ("notice", NoticeCard.Build(NoticeCard.RoundClosed));
    }

    private static SummaryContribution[] Members(int count) => Enumerable.Range(0, count)
        .Select(i => new SummaryContribution($"m{i}", ContributionKind.Idea, "A place to wait that is quiet and kind.", ContributorRole.Carer,
            i % 3 == 0 ? ConsentLevel.ThemesOnly : ConsentLevel.MayQuote, $"k{i}", DateTimeOffset.UnixEpoch, false, [VoiceGroup.Staff], null))
        .ToArray();
}
