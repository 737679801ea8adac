using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Tests.Contributions;

namespace ElcBot.Tests.Cards;

/// <summary>
/// The fields a form cannot be sent without are marked required, each with a kind message of its own, so Teams stops the
/// press and says what is missing by the field instead of a trip to the bot and back.
/// </summary>
public sealed class RequiredInputsTests
{
    public static TheoryData<string, string, string> RequiredFields() => new()
    {
        { "story form", ContributionFormCard.TextInputId, "Please write your story." },
        { "idea form", ContributionFormCard.TextInputId, "Please write your idea." },
        { "story form", ContributionFormCard.RoleInput, "Please choose your role." },
        { "story form", ContributionFormCard.ConsentInput, "Please choose how we can use your words." },
        { "story form", ContributionFormCard.AgreeInput, "Please tick this box so we can keep what you share." },
        { "update form", UpdateFormCard.SubjectInput, "Please choose a theme or an idea." },
        { "update form", UpdateFormCard.StatusInput, "Please choose what is happening." },
        { "round start", RoundStartCard.QuestionInput, "Please write a question." },
        { "round start", RoundStartCard.StageInput, "Please choose a stage." },
        { "panel role", PanelRoleCard.RoleInput, "Please choose their role." },
        { "story round choice", StoryRoundChoiceCard.RoundInput, "Please choose a round." },
    };

    public static TheoryData<string, string> OptionalFields() => new()
    {
        { "story form", ContributionFormCard.CreditInput },
        { "story form", ContributionFormCard.TellMeInput },
        { "update form", UpdateFormCard.TextInputId },
        { "round start", RoundStartCard.EndsOnInput },
    };

    public static TheoryData<string> Cards() => new(CardCatalogue.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void Should_mark_the_field_required_with_its_own_message_when_the_form_cannot_be_sent_without_it(string card, string inputId, string message)
    {
        var input = Input(card, inputId);

        Assert.True((bool?)input["isRequired"], $"{card}: {inputId} is not marked required");
        Assert.Equal(message, (string?)input["errorMessage"]);
    }

    [Theory]
    [MemberData(nameof(OptionalFields))]
    public void Should_leave_the_field_optional_when_the_form_can_be_sent_without_it(string card, string inputId)
    {
        Assert.Null(Input(card, inputId)["isRequired"]);
    }

    [Fact]
    public void Should_ask_a_question_above_the_keep_tick_when_it_must_be_ticked()
    {
        var tick = Input("story form", ContributionFormCard.AgreeInput);

        Assert.Equal("Can we keep what you share?", (string?)tick["label"]);
        Assert.Equal("I agree to ElcBot keeping what I share", (string?)tick["title"]);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_give_every_required_field_a_label_and_a_message_when_any_card_has_one(string name)
    {
        var card = CardCatalogue.All().Single(c => c.Name == name).Card;

        // The official renderer flags a required field without either: a screen reader would announce an unnamed field,
        // and a sighted person see only a red outline.
        Assert.All(Inputs(card).Where(i => (bool?)i["isRequired"] == true), i =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)i["label"]), $"{name}: {i["id"]} has no label");
            Assert.False(string.IsNullOrWhiteSpace((string?)i["errorMessage"]), $"{name}: {i["id"]} has no message");
        });
    }

    private static JsonObject Input(string card, string inputId)
    {
        var round = TeamsTurns.OpenRound();
        JsonObject built = card switch
        {
            "story form" => ContributionFormCard.Build(round, ContributionKind.Story, "s-1"),
            "idea form" => ContributionFormCard.Build(round, ContributionKind.Idea, "s-1"),
            "update form" => UpdateFormCard.Build(new UpdateForm(round.Id, round.Question, null, [("t1", "waiting room")], [("i1", "A quiet room.")]), "f-1"),
            "round start" => RoundStartCard.Build(),
            "panel role" => PanelRoleCard.Build(round.Id, "29:sam", "Sam"),
            "story round choice" => StoryRoundChoiceCard.Build([round, round with { Id = "round-2" }], "The nurse rang me back the same day."),
            _ => throw new ArgumentOutOfRangeException(nameof(card), card, null),
        };
        return Inputs(built).Single(i => (string?)i["id"] == inputId);
    }

    private static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        ShownLines.Blocks(card, "Input.Text").Concat(ShownLines.Blocks(card, "Input.ChoiceSet"))
            .Concat(ShownLines.Blocks(card, "Input.Toggle")).Concat(ShownLines.Blocks(card, "Input.Date"));
}
