using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Core.Privacy;
using ElcBot.Core.Updates;

namespace ElcBot.Bot.Contributions;

/// <summary>One page of what a person shared, with the latest news and how many ideas they support: for `my contributions` and its Newer/Older buttons.</summary>
public sealed class MyContributionsView(ForgetMeService contributions, SupportGiven supportGiven, UpdateHistory updates)
{
    public async Task<JsonObject> BuildAsync(string contributorKey, int page, CancellationToken cancellationToken)
    {
        var mine = await contributions.ListAsync(contributorKey, cancellationToken).ConfigureAwait(false);
        var news = await updates.LatestForAsync(mine.Select(m => m.Contribution).ToArray(), cancellationToken).ConfigureAwait(false);
        var supported = await supportGiven.CountAsync(contributorKey, cancellationToken).ConfigureAwait(false);
        return MyContributionsCard.Build(mine, news, page, supported);
    }
}
