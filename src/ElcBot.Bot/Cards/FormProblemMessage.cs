using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;

namespace ElcBot.Bot.Cards;

/// <summary>
/// What to fix on a story or idea form, said in a message: for a channel or group chat where the form cannot be sent
/// back to the presser alone, so it stays as they left it, their words still in it.
/// </summary>
public static class FormProblemMessage
{
    public const string NothingKept = "I haven't kept anything yet, and your words are still in the form.";

    public static string For(IReadOnlyList<ShareProblem> problems, ContributionKind kind) =>
        string.Join(" ", problems.Select(p => Of(p, kind)).Append(NothingKept));

    public static string ForHidden(IReadOnlyList<MaskedKind> masked) =>
        $"I found {MaskWords.List(masked)} in your words. To keep people safe, please take {(masked.Count == 1 ? "it" : "them")} out, then press Share again. {NothingKept}";

    private static string Of(ShareProblem problem, ContributionKind kind) => problem switch
    {
        ShareProblem.TextMissing => ShareProblemWords.TextMissing,
        ShareProblem.TextTooLong => $"Please keep your words under {ContributionService.MaxLength(kind):N0} characters.",
        ShareProblem.RoleMissing => "Please choose one answer under \"I am...\".",
        ShareProblem.ConsentMissing => ShareProblemWords.ConsentMissing,
        ShareProblem.AgreementMissing => "Please tick the box to say we can keep what you share.",
        // This form will carry the same link or the same missing id each time: a new form is the way on.
        ShareProblem.BuildsOnUnknown => $"{ShareProblemWords.BuildsOnGone} Please copy your words into a new form: press Share an idea.",
        _ => "Something went wrong with this form. Please copy your words into a new form: press Share a story or Share an idea.",
    };
}
