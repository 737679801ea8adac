using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Contributions;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Takes the place of a sent form: thanks, and what happens next. It never repeats the words, as others may see it.</summary>
public static class SharedCard
{
    public const string StoryTitle = "Thank you. Your story is saved.";
    public const string IdeaTitle = "Thank you. Your idea is saved.";
    public const string NotListed = "It won't be in the ideas list, as that would show your words to everyone here.";
    public const string TellMeNote = "I'll send you a direct message when a facilitator says what happens next. Type **stop updates** to stop.";

    public static JsonObject Build(Contribution contribution)
    {
        var story = contribution.Kind == ContributionKind.Story;
        return Card(
            Heading(story ? StoryTitle : IdeaTitle),
            Text(contribution.CreditName is null ? "It is shared without your name." : "It is shared with your name."),
            Text($"You chose: {ConsentWords.Of(contribution.Consent)}."),
            !story && contribution.Consent != ConsentLevel.MayQuote ? Text(NotListed + (contribution.Consent == ConsentLevel.ThemesOnly
                ? " It still counts in the themes of the summary." : " Only the facilitators will see it.")) : null,
            contribution.MayContact ? Text(TellMeNote) : null,
            Text("To see or remove what you've shared, send me a direct message: **my contributions** or **forget me**.", subtle: true))
            .WithActions(Execute("See the ideas", CardActionNames.IdeasPage, new JsonObject { ["roundId"] = contribution.RoundId, ["page"] = 0 }));
    }
}
