using ElcBot.Core.Contributions;

namespace ElcBot.Core.Imports;

/// <summary>A contribution gathered outside Teams (a workshop note, a form answer), read from one row of a file.</summary>
public sealed record ImportRow(FileLines Lines, string Text, ContributionKind Kind, ContributorRole Role, ConsentLevel Consent);

/// <summary>Why a row of an import file was not taken; line 0 is the round itself and line 1 the header.</summary>
public sealed record ImportProblem(FileLines Lines, string Reason);
