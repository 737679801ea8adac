using ElcBot.Core.Contributions;
using ElcBot.Core.Updates;

namespace ElcBot.Tests.Updates;

public sealed class UpdateRecipientsTests
{
    [Fact]
    public void Should_tell_only_the_contributors_and_supporters_who_allowed_contact()
    {
        var update = About("idea-1");
        Contribution[] ideas = [Idea("idea-1", "author-yes", mayContact: true), Idea("idea-2", "author-elsewhere", mayContact: true)];
        Support[] supports = [Backs("idea-1", "supporter-yes", mayContact: true), Backs("idea-1", "supporter-no", mayContact: false), Backs("idea-2", "supporter-elsewhere", mayContact: true)];

        var told = UpdateRecipients.Find(update, ideas, supports);

        Assert.Equal(["author-yes", "supporter-yes"], told);
    }

    [Fact]
    public void Should_tell_nobody_when_the_author_did_not_allow_contact()
    {
        var told = UpdateRecipients.Find(About("idea-1"), [Idea("idea-1", "author", mayContact: false)], [Backs("idea-1", "supporter", mayContact: false)]);

        Assert.Empty(told);
    }

    [Fact]
    public void Should_tell_each_person_once_when_they_shared_and_supported_several_ideas_in_the_theme()
    {
        var theme = About("idea-1", "idea-2", "story-1");
        Contribution[] shared =
        [
            Idea("idea-1", "sam", mayContact: true),
            Idea("idea-2", "sam", mayContact: false),
            Idea("story-1", "sam", mayContact: true) with { Kind = ContributionKind.Story },
            Idea("idea-3", "sam", mayContact: true),
        ];
        Support[] supports = [Backs("idea-1", "sam", mayContact: true), Backs("idea-2", "ali", mayContact: true), Backs("idea-1", "ali", mayContact: true)];

        var told = UpdateRecipients.Find(theme, shared, supports);

        Assert.Equal(["ali", "sam"], told);
    }

    [Fact]
    public void Should_tell_someone_who_allowed_contact_on_one_of_their_ideas_in_the_theme_but_not_the_others()
    {
        var theme = About("idea-1", "idea-2");

        var told = UpdateRecipients.Find(theme, [Idea("idea-1", "sam", mayContact: false), Idea("idea-2", "sam", mayContact: true)], []);

        Assert.Equal(["sam"], told);
    }

    [Fact]
    public void Should_ignore_items_of_another_round_with_the_same_id()
    {
        var told = UpdateRecipients.Find(About("idea-1"), [Idea("idea-1", "other-round-author", mayContact: true) with { RoundId = "round-2" }],
            [Backs("idea-1", "other-round-supporter", mayContact: true) with { RoundId = "round-2" }]);

        Assert.Empty(told);
    }

    public static ProgressUpdate About(params string[] ids) => new("round-1", "u1", ids.Length == 1 ? UpdateSubject.Idea : UpdateSubject.Theme, ids[0], null, null, ids,
        UpdateStatus.Testing, "We start in May.", "facilitator", DateTimeOffset.UnixEpoch, "s");

    public static Contribution Idea(string id, string author, bool mayContact) => new("round-1", id, ContributionKind.Idea, $"Words of {id}", ContributorRole.Carer,
        ConsentLevel.MayQuote, author, null, null, DateTimeOffset.UnixEpoch, "s-" + id, MayContact: mayContact);

    public static Support Backs(string ideaId, string supporter, bool mayContact) => new("round-1", ideaId, supporter, VoiceGroup.Staff, mayContact);
}
