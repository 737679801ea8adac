using System.Text.RegularExpressions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Panels;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;

namespace ElcBot.Tests.Panels;

public sealed class PanelWordsTests
{
    [Theory]
    [InlineData(1, "I'll post it when 1 has approved.")]
    [InlineData(3, "I'll post it when 2 have approved.")]
    public void Should_say_how_many_approvals_are_needed_in_good_english_when_the_panel_has_not_approved_yet(int size, string words)
    {
        var progress = PanelWords.Progress(PanelSamples.Draft(), Members(size));

        Assert.Contains(words, progress);
    }

    [Fact]
    public void Should_thank_the_member_once_when_their_approval_posts_the_summary()
    {
        var posted = PanelSamples.Draft() with { State = DraftState.Published, PublishedAt = PanelSamples.SentAt.AddDays(1) };

        var card = PanelDraftCard.Build(posted, Members(1), "29:p0", notice: PanelReplies.PostedAfterApproval).ToString();

        Assert.Contains("This summary was posted on", card);
        Assert.Single(Regex.Matches(card, "Thank you"));
    }

    private static PanelMember[] Members(int size) => [.. Enumerable.Range(0, size)
        .Select(i => new PanelMember(PanelSamples.RoundId, $"29:p{i}", $"Person {i}", ContributorRole.Carer,
            new PanelAddress("msteams", "https://smba.example/", "28:bot", "tenant-1"), DateTimeOffset.UnixEpoch))];
}
