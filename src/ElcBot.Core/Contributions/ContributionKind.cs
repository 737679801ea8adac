namespace ElcBot.Core.Contributions;

/// <summary>A what-matters story (empathy) or an idea (what would make it better).</summary>
public enum ContributionKind
{
    Story,
    Idea,
}
