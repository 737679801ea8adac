using ElcBot.Bot.Cards;
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
        var members = Enumerable.Range(0, size)
            .Select(i => new PanelMember(PanelSamples.RoundId, $"29:p{i}", $"Person {i}", ContributorRole.Carer,
                new PanelAddress("msteams", "https://smba.example/", "28:bot", "tenant-1"), DateTimeOffset.UnixEpoch))
            .ToArray();

        var progress = PanelWords.Progress(PanelSamples.Draft(), members);

        Assert.Contains(words, progress);
    }
}
