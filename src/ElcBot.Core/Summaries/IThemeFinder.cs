namespace ElcBot.Core.Summaries;

/// <summary>Groups contributions into themes with short labels made of their own words.</summary>
public interface IThemeFinder
{
    /// <param name="roundId">The round the contributions belong to.</param>
    /// <param name="contributions">The contributions to group.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<IReadOnlyList<FoundTheme>> FindAsync(string roundId, IReadOnlyList<SummaryContribution> contributions, CancellationToken cancellationToken);
}

/// <summary>A theme: its generated label and its members, closest to its centre first.</summary>
public sealed record FoundTheme(string Label, IReadOnlyList<string> MemberIds);
