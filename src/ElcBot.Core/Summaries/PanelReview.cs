namespace ElcBot.Core.Summaries;

/// <summary>The review panel that checked a summary's themes before it was posted.</summary>
/// <param name="Members">How many people were on the panel.</param>
/// <param name="LivedExperience">How many of them use services or care for someone who does.</param>
public sealed record PanelReview(int Members, int LivedExperience);

/// <summary>Where a theme's name stands: made by ElcBot, renamed by the review panel, or questioned by it.</summary>
public enum ThemeLabelStatus
{
    Automatic,
    RenamedByPanel,
    QuestionedByPanel,
}
