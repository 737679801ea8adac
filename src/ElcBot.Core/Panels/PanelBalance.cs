namespace ElcBot.Core.Panels;

/// <summary>The rules about who is on a panel and how many make a majority.</summary>
public static class PanelBalance
{
    /// <summary>Keeps drafts to a number of personal messages a facilitator would expect.</summary>
    public const int MaxMembers = 25;

    public static int LivedExperience(IEnumerable<PanelMember> members) => members.Count(m => m.HasLivedExperience);

    /// <summary>True when fewer than half the panel are people with lived experience.</summary>
    public static bool NeedsMoreLivedExperience(IReadOnlyCollection<PanelMember> members) =>
        members.Count > 0 && LivedExperience(members) * 2 < members.Count;

    /// <summary>More than half: 1 of 1, 2 of 2, 2 of 3, 3 of 4.</summary>
    public static int Majority(int members) => (members / 2) + 1;

    public static Summaries.PanelReview Review(IReadOnlyCollection<PanelMember> members) => new(members.Count, LivedExperience(members));
}
