using ElcBot.Core.Updates;

namespace ElcBot.Bot.Cards;

/// <summary>The plain words for what is happening to a theme or idea, as the update form offers them and messages show them.</summary>
public static class StatusWords
{
    public static string Of(UpdateStatus status) => status switch
    {
        UpdateStatus.LookingInto => "We are looking into this",
        UpdateStatus.Testing => "We are testing this",
        UpdateStatus.InContract => "This is now part of the contract",
        _ => "We cannot do this, because...",
    };

    /// <summary>The status and the facilitator's words as one line.</summary>
    public static string Line(UpdateStatus status, string text) => status switch
    {
        UpdateStatus.CannotDo => $"We cannot do this, because: {text}",
        _ when text.Length == 0 => $"{Of(status)}.",
        _ => $"{Of(status)}. {text}",
    };

    /// <summary>What an update is about, in a few words: the theme's name, the idea's words, or a stand-in when they cannot be shown.</summary>
    public static string Subject(UpdateSubject subject, string? text) => subject switch
    {
        UpdateSubject.Theme => $"Theme: {text ?? "no longer named"}",
        _ when text is null => "An idea (its words are not shown here)",
        _ => $"Idea: “{ShownWords.Shorten(text, 140)}”",
    };
}
