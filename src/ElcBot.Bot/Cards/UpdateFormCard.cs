using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Updates;
using static ElcBot.Bot.Cards.CardElements;
using static ElcBot.Bot.Cards.FormElements;

namespace ElcBot.Bot.Cards;

/// <summary>The facilitator's "you said, we did" form: a theme or idea, what is happening, and a few words.</summary>
public static class UpdateFormCard
{
    public const string Title = "Give an update";
    public const string SubjectInput = "subject";
    public const string StatusInput = "status";
    public const string TextInputId = "text";
    public const string ChooseSubject = "Please choose a theme or an idea.";
    public const string ChooseStatus = "Please choose what is happening.";

    /// <param name="form">The round and what the form offers.</param>
    /// <param name="submissionId">Identifies this form, so a repeated press stores one update.</param>
    /// <param name="values">What the facilitator had chosen and typed, when the form comes back.</param>
    /// <param name="problems">What to fix.</param>
    /// <param name="masked">Personal data that was hidden from the text.</param>
    public static JsonObject Build(UpdateForm form, string submissionId, UpdateFormValues? values = null, IReadOnlyList<UpdateProblem>? problems = null,
        IReadOnlyList<MaskedKind>? masked = null)
    {
        problems ??= [];
        var data = new JsonObject { ["roundId"] = form.RoundId, ["submissionId"] = submissionId };
        if (form.SummaryId is not null)
        {
            data["summaryId"] = form.SummaryId;
        }

        // Themes, then ideas most supported first: when they do not all fit in one Teams message, the least supported go.
        var subjects = form.Themes.Select(t => (UpdateRequest.ThemePrefix + t.Id, StatusWords.Subject(UpdateSubject.Theme, t.Label)))
            .Concat(form.Ideas.Select(i => (UpdateRequest.IdeaPrefix + i.Id, StatusWords.Subject(UpdateSubject.Idea, i.Text)))).ToArray();
        return CardBudget.MostThatFit(subjects.Length, shown => Card(
            Heading(Title),
            Words(form.Question, weight: "Bolder"),
            Text("Tell people what happened to what they said. Only people who asked to hear will get a message from me. The next summary will show it too.", subtle: true),
            masked is { Count: > 0 } ? Text($"I hid {MaskWords.List(masked)} to keep people safe. Please check your words, then press Send again.", color: "Warning", weight: "Bolder") : null,
            Choices(SubjectInput, "What is this about?", subjects.Take(shown), values?.Subject, expanded: false).Required(ChooseSubject),
            shown < subjects.Length ? Text(LeftOut(form, subjects.Length - shown), subtle: true) : null,
            FieldProblem(problems.Contains(UpdateProblem.SubjectMissing) ? ChooseSubject
                : problems.Contains(UpdateProblem.SubjectUnknown) ? "I can't find that one any more. Please choose again." : null),
            Choices(StatusInput, "What is happening?", Enum.GetValues<UpdateStatus>().Select(s => (s.ToString(), StatusWords.Of(s))), values?.Status)
                .Required(ChooseStatus),
            FieldProblem(problems.Contains(UpdateProblem.StatusMissing) ? ChooseStatus : null),
            TextInput(TextInputId, "Tell people a little more. If you cannot do it, say why.", values?.Text, UpdateService.MaxTextLength, multiline: true),
            FieldProblem(problems.Contains(UpdateProblem.ReasonMissing) ? "Please say why you cannot do this."
                : problems.Contains(UpdateProblem.TextTooLong) ? $"Please keep this under {UpdateService.MaxTextLength} characters." : null),
            FieldProblem(problems.Contains(UpdateProblem.SubmissionMissing) ? "Something went wrong with this form. Please type **update** again." : null))
            .WithActions(Execute("Send the update", CardActionNames.SendUpdate, data, style: "positive")));
    }

    /// <summary>What the list leaves out when it does not fit one Teams message, and what to do instead.</summary>
    private static string LeftOut(UpdateForm form, int count)
    {
        var ideas = Math.Min(count, form.Ideas.Count);
        var themes = count - ideas;
        return themes == 0
            ? $"{Count(ideas, "idea")} with the least support {(ideas == 1 ? "is" : "are")} not in the list, as there isn't room in one Teams message. You can give an update about {(ideas == 1 ? "its theme" : "their themes")} instead."
            : $"{Count(themes, "smaller theme")} and {Count(ideas, "idea")} are not in the list, as there isn't room in one Teams message.";
    }

    private static string Count(int count, string thing) => count == 1 ? $"1 {thing}" : $"{count} {thing}s";
}

/// <summary>What the update form offers: the round's themes from its latest summary and its most supported ideas.</summary>
public sealed record UpdateForm(string RoundId, string Question, string? SummaryId, IReadOnlyList<(string Id, string Label)> Themes, IReadOnlyList<(string Id, string Text)> Ideas)
{
    public bool IsEmpty => Themes.Count == 0 && Ideas.Count == 0;
}

/// <summary>What the facilitator had chosen and typed, put back when the form returns.</summary>
public sealed record UpdateFormValues(string? Subject, string? Status, string? Text);
