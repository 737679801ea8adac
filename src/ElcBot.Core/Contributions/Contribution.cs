namespace ElcBot.Core.Contributions;

/// <summary>A story or idea someone shared in a round, with personal data already masked.</summary>
/// <param name="RoundId">The round it was shared in.</param>
/// <param name="Id">Its id, derived from the submission so a repeated delivery finds the same row.</param>
/// <param name="Kind">Story or idea.</param>
/// <param name="Text">The words, masked before saving.</param>
/// <param name="Role">The "I am..." answer.</param>
/// <param name="Consent">How the words may be used.</param>
/// <param name="ContributorKey">A keyed hash of the person's Teams id; never the id itself.</param>
/// <param name="CreditName">The person's name, only when they chose to be credited.</param>
/// <param name="BuildsOnId">The story or idea this one builds on, if any.</param>
/// <param name="CreatedAt">When it was shared.</param>
/// <param name="SubmissionId">The id the form carried, for storing a repeated delivery once.</param>
/// <param name="Vector">The text's embedding, filled in later off the request path.</param>
/// <param name="Imported">True for voices gathered outside Teams and imported.</param>
/// <param name="MayContact">True when the person asked to be told what happens to it; rows saved before this choice existed read as false.</param>
public sealed record Contribution(
    string RoundId,
    string Id,
    ContributionKind Kind,
    string Text,
    ContributorRole Role,
    ConsentLevel Consent,
    string ContributorKey,
    string? CreditName,
    string? BuildsOnId,
    DateTimeOffset CreatedAt,
    string SubmissionId,
    byte[]? Vector = null,
    bool Imported = false,
    bool MayContact = false);
