using System.Diagnostics.CodeAnalysis;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.CardActions;

/// <summary>The check before showing someone what they gave: who they are, and that only they can see the answer.</summary>
/// <remarks>Their words include those meant for facilitators only, and what they support is theirs: never shown in a shared chat.</remarks>
internal static class OwnWordsView
{
    /// <returns>True with the person's key when they are known and the chat is personal; else false with the answer to give.</returns>
    public static bool Allows(ITurnContext turnContext, ContributorIdentity identity,
        [NotNullWhen(true)] out string? key, [NotNullWhen(false)] out CardActionResult? refusal)
    {
        key = identity.KeyOf(turnContext);
        refusal = key is null ? CardActionResult.Replace(NoticeCard.Build(NoticeCard.UnknownPerson))
            : TurnPeople.IsPersonal(turnContext.Activity) ? null
            : CardActionResult.Say(NoticeCard.PersonalOnly);
        return refusal is null;
    }
}
