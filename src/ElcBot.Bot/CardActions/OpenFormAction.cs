using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"Share a story", "Share an idea" and "Build on this": sends a fresh form below, leaving the pressed card as it is.</summary>
/// <remarks>The round card and idea list are shared by everyone in the chat, so they are never replaced by one person's form.</remarks>
public sealed class OpenFormAction(ContributionKind kind, RoundAccess access, RoundService rounds, IContributionStore contributions) : ICardActionHandler
{
    public const string FormSent = "I've put a form below for you.";
    public const string BuildsOnGone = "That idea is no longer here, so I've put a form below for an idea of your own.";

    /// <summary>Words someone typed to the bot in a direct chat, carried by the button so the form holds them.</summary>
    public const string WordsKey = "words";

    public string Action => kind == ContributionKind.Story ? CardActionNames.OpenStoryForm : CardActionNames.OpenIdeaForm;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        var (round, scope) = await access.FindAsync(turnContext, CardData.String(data, "roundId"), cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return CardActionResult.Say(NoticeCard.RoundUnknown);
        }

        if (!round.Allows(scope!))
        {
            return CardActionResult.Say(NoticeCard.NotAllowed);
        }

        if (!rounds.AcceptsContributions(round))
        {
            return CardActionResult.Say(NoticeCard.RoundClosed);
        }

        // Only ideas in the list (their authors allowed quoting) can be built on: the form shows the idea's words.
        var asked = CardData.String(data, "buildsOnId");
        var buildsOn = asked is not null ? await contributions.GetAsync(round.Id, asked, cancellationToken).ConfigureAwait(false) : null;
        buildsOn = buildsOn is { Consent: ConsentLevel.MayQuote } ? buildsOn : null;
        // Typed words are shown with personal data hidden, as sharing would hide it, and the person is told what was hidden.
        var words = CardData.String(data, WordsKey);
        if (words is { Length: > ChatSharing.MaxOfferedLength })
        {
            // The bot never puts so many words on a button; a form holding them could not be sent, nor masked in good time.
            return CardActionResult.Say(ChatSharing.TooLongForAStory(words.Length));
        }

        var typed = words is { Length: > 0 } ? PersonalDataMasker.Mask(words) : null;
        var form = ContributionFormCard.Build(round, kind, Guid.NewGuid().ToString("N"), buildsOn?.Id, buildsOn?.Text,
            typed is null ? null : new ContributionFormValues(typed.Text, Role: null, Credit: null, Consent: null, Agreed: false),
            problems: typed is null ? null : OfferedWords.ProblemsOf(typed.Text, kind), masked: typed?.Kinds);
        if (words is not null && !CardBudget.Fits(form))
        {
            // Words the bot put on a button always fit (its card held them twice); these came from elsewhere, few enough
            // characters but too many bytes for Teams to take the form (characters JSON escapes take six).
            return CardActionResult.Say(ChatSharing.TooLongForAStory(words.Length));
        }

        var title = kind == ContributionKind.Story ? ContributionFormCard.StoryTitle : ContributionFormCard.IdeaTitle;
        await turnContext.SendActivityAsync(form.ToMessage(title), cancellationToken).ConfigureAwait(false);
        // Removed since the list was shown (or never listed): the form is for an idea of their own, and they are told why.
        return CardActionResult.Say(asked is not null && buildsOn is null ? BuildsOnGone : FormSent);
    }
}
