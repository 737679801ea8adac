namespace ElcBot.Core.Files;

/// <summary>A file offered to someone in personal chat, kept until they accept or decline it.</summary>
/// <param name="FileId">Carried in the consent card, so the answer finds the file.</param>
/// <param name="RecipientId">The Teams user the file was offered to; only they can accept it.</param>
/// <param name="FileName">The name shown in Teams.</param>
/// <param name="Content">The file's text (CSV).</param>
/// <param name="OfferedAt">When it was offered.</param>
public sealed record PendingFile(string FileId, string RecipientId, string FileName, string Content, DateTimeOffset OfferedAt);
