namespace ElcBot.Core.Files;

/// <summary>A file offered to someone in personal chat, kept until they accept or decline it, for a day at most.</summary>
/// <param name="FileId">Carried in the consent card, so the answer finds the file.</param>
/// <param name="RecipientId">The Teams user the file was offered to; only they can accept it.</param>
/// <param name="FileName">The name shown in Teams.</param>
/// <param name="Content">The file's text (CSV).</param>
/// <param name="OfferedAt">When it was offered.</param>
/// <param name="RoundId">The round whose stories and ideas the file holds; null for files offered before this was kept.</param>
public sealed record PendingFile(string FileId, string RecipientId, string FileName, string Content, DateTimeOffset OfferedAt, string? RoundId = null)
{
    /// <summary>
    /// How long an offer stands. The file is a copy of people's words as they were when it was made: kept longer, it
    /// would hand out words changed or taken back since.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public bool HasExpired(DateTimeOffset now) => HasExpired(OfferedAt, now);

    public static bool HasExpired(DateTimeOffset offeredAt, DateTimeOffset now) => now - offeredAt > Lifetime;
}
