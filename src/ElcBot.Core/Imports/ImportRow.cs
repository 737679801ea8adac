using ElcBot.Core.Contributions;

namespace ElcBot.Core.Imports;

/// <summary>A contribution gathered outside Teams (a workshop note, a form answer), read from one line of a file.</summary>
public sealed record ImportRow(int Line, string Text, ContributionKind Kind, ContributorRole Role, ConsentLevel Consent);

/// <summary>Why a line of an import file was not taken.</summary>
public sealed record ImportProblem(int Line, string Reason);
