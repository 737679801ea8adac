using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using static ElcBot.Bot.Cards.CardElements;
using static ElcBot.Bot.Cards.FormElements;

namespace ElcBot.Bot.Cards;

/// <summary>The story form and the idea form: the words, "I am...", how to be credited, consent, the keep tick and "tell me what happens".</summary>
public static class ContributionFormCard
{
    public const string StoryTitle = "Share a story";
    public const string IdeaTitle = "Share an idea";
    public const string TextInputId = "text";
    public const string RoleInput = "role";
    public const string CreditInput = "credit";
    public const string ConsentInput = "consent";
    public const string AgreeInput = "agree";
    public const string TellMeInput = "tellMe";
    public const string AgreeLabel = "Can we keep what you share?";
    public const string AgreeTitle = "I agree to ElcBot keeping what I share";
    public const string TellMeTitle = "Tell me what happens next. I'll get a direct message from ElcBot when there is news.";
    public const string CreditByName = "name";
    public const string CreditAnonymous = "anonymous";
    public const string ForUserKey = "forUserId";
    public const string SharedFromChat = "This story is saved. Its words are not shown here any more, so they are only used in the way the person who shared them chose.";
    public const string SubmissionMissing = "Something went wrong with this form. Please press Share again.";
    public const string WriteStory = "Please write your story.";
    public const string WriteIdea = "Please write your idea.";
    public const string ChooseRole = "Please choose your role.";
    public const string TickToAgree = "Please tick this box so we can keep what you share.";
    public const string NotYours = "This form holds someone else's words, so only they can share it. Press Share a story on the round card for a form of your own.";

    /// <param name="forUserId">Set when the form holds one person's words (typed to the bot in a chat): only they may share it.</param>
    public static JsonObject Build(Round round, ContributionKind kind, string submissionId, string? buildsOnId = null, string? buildsOnText = null,
        ContributionFormValues? values = null, IReadOnlyList<ShareProblem>? problems = null, IReadOnlyList<MaskedKind>? masked = null, string? forUserId = null)
    {
        problems ??= [];
        var story = kind == ContributionKind.Story;
        var max = ContributionService.MaxLength(kind);
        var data = new JsonObject { ["roundId"] = round.Id, ["kind"] = kind.ToString(), ["submissionId"] = submissionId };
        if (buildsOnId is not null)
        {
            data["buildsOnId"] = buildsOnId;
        }

        if (forUserId is not null)
        {
            data[ForUserKey] = forUserId;
        }

        return Card(
            Heading(story ? StoryTitle : IdeaTitle),
            Words(round.Question, weight: "Bolder"),
            buildsOnText is null ? null : Words($"You are building on this idea: \"{ShownWords.Shorten(buildsOnText, 120)}\"", subtle: true),
            masked is { Count: > 0 } ? Text($"I hid {MaskWords.List(masked)} to keep people safe. Please check your words, then press Share.", color: "Warning", weight: "Bolder") : null,
            TextInput(TextInputId, story ? "Your story: a time care went well or not so well, and what mattered to you" : "What would make it better?", values?.Text, max, multiline: true)
                .Required(story ? WriteStory : WriteIdea),
            FieldProblem(problems.Contains(ShareProblem.TextMissing) ? ShareProblemWords.TextMissing
                : problems.Contains(ShareProblem.TextTooLong) ? $"This is too long. Please keep it under {max:N0} characters." : null),
            Choices(RoleInput, "I am...", Enum.GetValues<ContributorRole>().Select(r => (r.ToString(), RoleWords.Of(r))), values?.Role)
                .Required(ChooseRole),
            FieldProblem(problems.Contains(ShareProblem.RoleMissing) ? "Please choose one." : null),
            Choices(CreditInput, "Should we show your name?", [(CreditAnonymous, "No, share it without my name"), (CreditByName, "Yes, show my name")], values?.Credit ?? CreditAnonymous),
            Choices(ConsentInput, "How can we use your words?", Enum.GetValues<ConsentLevel>().Select(c => (c.ToString(), ConsentWords.Of(c))), values?.Consent)
                .Required(ShareProblemWords.ConsentMissing),
            FieldProblem(problems.Contains(ShareProblem.ConsentMissing) ? ShareProblemWords.ConsentMissing : null),
            Toggle(AgreeInput, AgreeTitle, values?.Agreed ?? false, label: AgreeLabel).Required(TickToAgree),
            FieldProblem(problems.Contains(ShareProblem.AgreementMissing) ? TickToAgree : null),
            Toggle(TellMeInput, TellMeTitle, values?.TellMe ?? false),
            FieldProblem(problems.Contains(ShareProblem.BuildsOnUnknown) ? ShareProblemWords.BuildsOnGone : null),
            // The form sent back carries a fresh submission id, so pressing Share on it works, words and all.
            FieldProblem(problems.Contains(ShareProblem.SubmissionMissing) ? SubmissionMissing : null))
            .WithActions(Execute("Share", CardActionNames.Share, data, style: "positive"));
    }
}

/// <summary>What the person had typed and chosen, put back when the form returns.</summary>
public sealed record ContributionFormValues(string? Text, string? Role, string? Credit, string? Consent, bool Agreed, bool TellMe = false);

/// <summary>Plain words for the "I am..." choices.</summary>
public static class RoleWords
{
    public static string Of(ContributorRole role) => role switch
    {
        ContributorRole.UsesServices => "Someone who uses services",
        ContributorRole.Carer => "Someone who cares for a person who uses services",
        ContributorRole.HealthOrCareStaff => "Someone who works in health or care",
        ContributorRole.VoluntarySectorStaff => "Someone who works in a community or voluntary group",
        _ => "Other, or I'd rather not say",
    };
}

/// <summary>Plain words for the consent choices.</summary>
public static class ConsentWords
{
    public static string Of(ConsentLevel consent) => consent switch
    {
        ConsentLevel.MayQuote => "You can quote my words in summaries",
        ConsentLevel.ThemesOnly => "Use my words in themes, but never quote them",
        _ => "Only the facilitators can see my words",
    };
}

/// <summary>Plain words for what was hidden.</summary>
public static class MaskWords
{
    public static string Of(MaskedKind kind) => kind switch
    {
        MaskedKind.NhsNumber => "an NHS number",
        MaskedKind.PhoneNumber => "a phone number",
        MaskedKind.EmailAddress => "an email address",
        _ => "a postcode",
    };

    public static string List(IReadOnlyList<MaskedKind> kinds)
    {
        var words = kinds.Select(Of).ToArray();
        return words.Length == 1 ? words[0] : string.Join(", ", words[..^1]) + " and " + words[^1];
    }
}
