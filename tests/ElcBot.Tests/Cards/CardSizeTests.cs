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

    private static Round Round() => new("r1", "c", "t", "team", FullCards.Question, ElcStage.Discover, null, true, DateTimeOffset.UnixEpoch);

    /// <summary>Measured as Teams receives it: the attachment as the SDK serialises it, in UTF-8.</summary>
    private static void AssertFits(JsonObject card)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(Newtonsoft.Json.JsonConvert.SerializeObject(card.ToAttachment()));

        Assert.True(bytes <= MaxCardBytes, $"{bytes} bytes, above {MaxCardBytes}");
    }
}
