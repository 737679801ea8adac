using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Rounds;
using static ElcBot.Bot.Cards.CardElements;
using static ElcBot.Bot.Cards.FormElements;

namespace ElcBot.Bot.Cards;

/// <summary>The form a facilitator fills in to start a round: the question, the ELC stage and an optional last day.</summary>
public static class RoundStartCard
{
    public const string Title = "Start a round";
    public const string QuestionInput = "question";
    public const string StageInput = "stage";
    public const string EndsOnInput = "endsOn";
    public const string WriteQuestion = "Please write a question.";
    public const string ChooseStage = "Please choose a stage.";

    public static JsonObject Build(string? question = null, string? stage = null, string? endsOn = null, IReadOnlyList<RoundProblem>? problems = null)
    {
        problems ??= [];
        return Card(
            Heading(Title),
            Text("Ask one clear question. Everyone here can then share a story or an idea."),
            TextInput(QuestionInput, "Your question", question, RoundService.MaxQuestionLength, multiline: true,
                "For example: What would make it easier to get help with your mental health?").Required(WriteQuestion),
            FieldProblem(problems.Contains(RoundProblem.QuestionMissing) ? WriteQuestion
                : problems.Contains(RoundProblem.QuestionTooLong) ? $"Please keep the question under {RoundService.MaxQuestionLength} characters." : null),
            Choices(StageInput, "Which stage is this?", Enum.GetValues<ElcStage>().Select(s => (s.ToString(), StageWords.Of(s))), stage ?? nameof(ElcStage.Discover))
                .Required(ChooseStage),
            FieldProblem(problems.Contains(RoundProblem.StageUnknown) ? ChooseStage : null),
            DateInput(EndsOnInput, "Last day to share (you can leave this empty)", endsOn),
            FieldProblem(problems.Contains(RoundProblem.EndDateInvalid) ? "Please choose today or a day after today." : null))
            .WithActions(Execute("Start the round", CardActionNames.StartRound, style: "positive"));
    }
}

/// <summary>Plain words for the ELC stages.</summary>
public static class StageWords
{
    public static string Of(ElcStage stage) => stage switch
    {
        ElcStage.Discover => "Discover: what matters to people",
        ElcStage.Dream => "Dream: what could be better",
        ElcStage.Design => "Design: shaping ideas together",
        _ => "Deliver: making it happen",
    };
}
