using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Rounds;
using static ElcBot.Bot.Cards.CardElements;
using static ElcBot.Bot.Cards.FormElements;

namespace ElcBot.Bot.Cards;

/// <summary>
/// In a direct chat, after someone typed a story and more than one round is open to them: which round it is for. The
/// button carries their words, so the story form it opens holds them and nothing is typed twice.
/// </summary>
public static class StoryRoundChoiceCard
{
    public const string Title = "Which round is your story for?";
    public const string RoundInput = "roundId";
    public const string ButtonTitle = "Put my words in a story form";
    public const int MaxShown = 10;
    public const string ChooseRound = "Please choose a round.";

    /// <param name="rounds">The open rounds the person may share in, newest first (at least one).</param>
    /// <param name="words">What they typed, carried to the form.</param>
    public static JsonObject Build(IReadOnlyList<Round> rounds, string words) => Card(
        Heading(Title),
        Text("Nothing is kept until you choose how your words may be used and press Share on the form."),
        // The newest round is chosen already, so one press is enough when it is the one.
        Choices(RoundInput, "Choose a round", rounds.Take(MaxShown).Select(r => (r.Id, ShownWords.Shorten(r.Question, 120))), rounds[0].Id)
            .Required(ChooseRound))
        .WithActions(Execute(ButtonTitle, CardActionNames.OpenStoryForm, new JsonObject { [OpenFormAction.WordsKey] = words }));
}
