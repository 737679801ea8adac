using System.Globalization;

namespace ElcBot.Core.Summaries;

/// <summary>Summary ids that sort newest first as strings, so storage lists them in the order people want.</summary>
public static class SummaryIds
{
    public static string For(DateTimeOffset createdAt) =>
        (DateTimeOffset.MaxValue.UtcTicks - createdAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}
