using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;

namespace ElcBot.IntegrationTests.Playground;

/// <summary>
/// Every card the bot can produce: each builder in each state, with short and very long content.
/// A new card builder gets its lines here, so the card contract checks it.
/// </summary>
public static class CardCatalogue
{
    private static readonly string Long = string.Join(' ', Enumerable.Repeat("Being listened to, and told who to call when things change at home.", 60));

    /// <param name="realCommands">The commands the running bot really has, for its help card.</param>
    public static IReadOnlyDictionary<string, JsonObject> All(IReadOnlyList<BotCommand> realCommands) => new Dictionary<string, JsonObject>
    {
        ["welcome-personal"] = WelcomeCard.Build(isPersonal: true),
        ["welcome-team"] = WelcomeCard.Build(isPersonal: false),

        ["help-real-commands"] = HelpCard.Build(realCommands),
        ["help-with-facilitator-commands"] = HelpCard.Build([.. realCommands, new BotCommand("start round", "Start a round of stories and ideas", FacilitatorsOnly: true)]),
        ["help-long-descriptions"] = HelpCard.Build([.. Enumerable.Range(1, 20).Select(i => new BotCommand($"command {i}", Long[..400], FacilitatorsOnly: i > 10))]),

        ["summary-no-themes"] = SummaryCard.Build(SampleSummaries.Discharge(themes: 0)),
        ["summary-one-theme"] = SummaryCard.Build(SampleSummaries.Discharge(themes: 1)),
        ["summary-themes-that-fit"] = SummaryCard.Build(SampleSummaries.Discharge(themes: SummaryCard.ThemesOnCard)),
        ["summary-more-themes-than-fit"] = SummaryCard.Build(SampleSummaries.Discharge(themes: SummaryCard.ThemesOnCard + 1)),
        ["summary-since-last-time"] = SummaryCard.Build(SampleSummaries.Discharge(themes: 3, previous: true)),
        ["summary-for-the-panel"] = SummaryCard.Build(SampleSummaries.Discharge(themes: 3), panelNote: "Shared with the commissioning panel."),
        ["summary-very-long"] = SummaryCard.Build(SampleSummaries.Discharge(themes: 60, quoteLength: 5_000, previous: true), panelNote: Long[..500]),
    };
}
