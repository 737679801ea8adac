namespace ElcBot.Core.Updates;

/// <summary>Settings for "you said, we did" (section "Updates").</summary>
public sealed class UpdateOptions
{
    public const string SectionName = "Updates";

    /// <summary>Default for <see cref="AnswerWithinSeconds"/>: Teams gives up on a card press after about five seconds.</summary>
    public const int DefaultAnswerWithinSeconds = 3;

    /// <summary>How long pressing Send waits for the messages before answering "I'm telling them now".</summary>
    public int AnswerWithinSeconds { get; set; } = DefaultAnswerWithinSeconds;
}
