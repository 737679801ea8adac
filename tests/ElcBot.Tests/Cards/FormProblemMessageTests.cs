using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;

namespace ElcBot.Tests.Cards;

public sealed class FormProblemMessageTests
{
    public static TheoryData<string> Messages() =>
    [
        .. Enum.GetValues<ShareProblem>().Select(p => FormProblemMessage.For([p], ContributionKind.Story)),
        FormProblemMessage.For([ShareProblem.RoleMissing, ShareProblem.ConsentMissing, ShareProblem.AgreementMissing], ContributionKind.Idea),
        FormProblemMessage.ForHidden([MaskedKind.NhsNumber]),
        FormProblemMessage.ForHidden([MaskedKind.PhoneNumber, MaskedKind.Postcode]),
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public void Should_read_as_plain_english_and_say_nothing_was_kept_when_a_form_cannot_be_sent_back(string message)
    {
        Assert.True(Readability.FleschReadingEase(message) >= CardQualityTests.MinimumReadingEase, message);
        Assert.EndsWith(FormProblemMessage.NothingKept, message);
    }
}
