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
        yield return ("welcome (personal)", WelcomeCard.Build(isPersonal: true));
        yield return ("welcome (team)", WelcomeCard.Build(isPersonal: false));
        yield return ("help", HelpCard.Build(
        [
            new BotCommand("help", "See what I can do"),
            new BotCommand("summary", "Post a summary of the round now", FacilitatorsOnly: true),
            new BotCommand("schedule summary", "Post a summary every week (for example: schedule summary monday 09:00)", FacilitatorsOnly: true),
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

    private static SummaryContribution[] Members(int count) => Enumerable.Range(0, count)
        .Select(i => new SummaryContribution($"m{i}", ContributionKind.Idea, "A place to wait that is quiet and kind.", ContributorRole.Carer,
            i % 3 == 0 ? ConsentLevel.ThemesOnly : ConsentLevel.MayQuote, $"k{i}", DateTimeOffset.UnixEpoch, false, [VoiceGroup.Staff], null))
        .ToArray();
}
