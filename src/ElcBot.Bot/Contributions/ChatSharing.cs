using System.Globalization;
using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ElcBot.Bot.Contributions;

/// <summary>
/// A message to the bot that reads like a story ("@ElcBot the nurse on ward 3 was so kind when..."), not a command.
/// Its words are offered back in a story form, so nothing has to be typed twice: in a direct chat too, where the
/// round is asked first when more than one is open to the person.
/// </summary>
/// <remarks>
/// Words are only ever kept through the form, which asks how they may be used: a chat message says nothing about
/// consent, so it is never saved as it is. The form is everyone's to see in the chat, so it names whose words it holds
/// and only they can share it: consent to use words is theirs to give.
/// </remarks>
public sealed class ChatSharing(IRoundStore rounds, RoundService roundRules, SharableRounds sharable)
{
    /// <summary>Fewer words than this is more likely a mistyped command than something to share.</summary>
    public const int MinWords = 8;

    public const string FormOffered = "Thank you for telling me. Before I keep anyone's words I ask how they may be used, so I've put yours in a story form below. Check them, answer the questions and press Share.";
    public const string NoRound = "Thank you for telling me. There's no open round here right now, so I haven't kept your words. A facilitator can type **start round** to begin one.";
    public const string RoundEnded = "Thank you for telling me. This round has closed, so I haven't kept your words. Everything shared before it closed is kept.";

    /// <remarks>Worded for a story and for a request alike: in a direct chat a long message may be either.</remarks>
    public const string OfferedInDirectChat = "Thank you. If you'd like to share this as a story, I've put your words below: nothing is kept until you say how they may be used and press Share. Type **help** to see everything I can do.";
    public const string NoRoundInYourTeams = "Thank you for telling me. There are no open rounds in your teams right now, so I haven't kept your words. I'll be here when one starts.";

    /// <summary>
    /// The longest typed message offered back in a form. A little over a story's limit can be shortened in the form;
    /// much more would not fit in one Teams message (about 28 KB) with the rest of the card, so Teams would refuse it.
    /// </summary>
    /// <remarks>
    /// Characters are not bytes: Chinese or Hindi takes three a character, so the card holding the words is measured too
    /// (<see cref="CardBudget"/>), and words that would make it too big are refused in the same way.
    /// </remarks>
    public const int MaxOfferedLength = ContributionService.MaxStoryLength * 2;

    /// <summary>Said instead of a form when the message is longer than <see cref="MaxOfferedLength"/>.</summary>
    public static string TooLongForAStory(int length) => string.Create(
        CultureInfo.InvariantCulture,
        $"Thank you for telling me. That's too long for one story, so I haven't kept it. A story can have up to {ContributionService.MaxStoryLength:N0} characters, and yours has {length:N0}. Please share it in shorter parts.");

    /// <returns>False when the text does not read like a story (too short, or a question), so the usual "I didn't understand" applies.</returns>
    public async Task<bool> TryAnswerStoryAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = CommandText.WithoutMentions(turnContext.Activity);
        // A question to the bot ("how do I share an idea about the clinic?") is not a story to keep.
        if (!StoryLikeText.ReadsLikeAStory(text, MinWords))
        {
            return false;
        }

        if (TurnPeople.IsPersonal(turnContext.Activity))
        {
            await OfferInDirectChatAsync(turnContext, text, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var round = await rounds.FindOpenAsync(TurnPeople.ConversationIdOf(turnContext.Activity), cancellationToken).ConfigureAwait(false);
        if (round is null || !roundRules.AcceptsContributions(round))
        {
            // Someone has just told the bot something that matters to them: "I didn't understand" would be unkind.
            await turnContext.SendActivityAsync(MessageFactory.Text(round is null ? NoRound : RoundEnded), cancellationToken).ConfigureAwait(false);
            return true;
        }

        // The form is posted where everyone in the chat sees it: the bot must not repeat a phone number or NHS number
        // under its own name, so it is hidden first.
        var form = await OfferUnlessTooLongAsync(turnContext, text, () => FormHolding(round, text, forUserId: TurnPeople.UserIdOf(turnContext.Activity)), cancellationToken).ConfigureAwait(false);
        if (form is not null)
        {
            await turnContext.SendActivitiesAsync([MessageFactory.Text(FormOffered), form.ToMessage(ContributionFormCard.StoryTitle)], cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// In a direct chat the round is not known: with one open to the person, its form holds their words; with more,
    /// a card asks which, its button carrying the words to the form.
    /// </summary>
    private async Task OfferInDirectChatAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var open = await sharable.ForPersonAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (open.Count == 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(NoRoundInYourTeams), cancellationToken).ConfigureAwait(false);
            return;
        }

        // The round choice card would carry the words on its button, and could be refused as a form would.
        var offer = await OfferUnlessTooLongAsync(turnContext, text,
            () => open.Count == 1 ? FormHolding(open[0], text, forUserId: null) : StoryRoundChoiceCard.Build(open, text), cancellationToken).ConfigureAwait(false);
        if (offer is not null)
        {
            var summary = open.Count == 1 ? ContributionFormCard.StoryTitle : StoryRoundChoiceCard.Title;
            await turnContext.SendActivitiesAsync([MessageFactory.Text(OfferedInDirectChat), offer.ToMessage(summary)], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The card offering the words back; or, when they are too long for it to reach Teams, says so instead.</summary>
    /// <returns>Null when the person was told their message is too long.</returns>
    private static async Task<JsonObject?> OfferUnlessTooLongAsync(ITurnContext turnContext, string text, Func<JsonObject> offer, CancellationToken cancellationToken)
    {
        // Characters first: a very long message is not worth hiding personal data in, nor measuring.
        var card = text.Length <= MaxOfferedLength ? offer() : null;
        if (card is not null && CardBudget.Fits(card))
        {
            return card;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(TooLongForAStory(text.Length)), cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>A story form holding the words, with personal data hidden (and said to be) as sharing would hide it.</summary>
    private static JsonObject FormHolding(Round round, string text, string? forUserId)
    {
        var masked = PersonalDataMasker.Mask(text);
        return ContributionFormCard.Build(round, ContributionKind.Story, Guid.NewGuid().ToString("N"),
            values: new ContributionFormValues(masked.Text, Role: null, Credit: null, Consent: null, Agreed: false),
            problems: OfferedWords.ProblemsOf(masked.Text, ContributionKind.Story),
            masked: masked.Kinds,
            forUserId: forUserId);
    }
}
