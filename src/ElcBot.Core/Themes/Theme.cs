namespace ElcBot.Core.Themes;

/// <summary>A group of contributions that say something alike, labelled in their own words.</summary>
/// <param name="Label">Two to four words, or a short phrase, all taken from the members' text.</param>
/// <param name="MemberIds">Contribution ids, closest to the theme's centre first.</param>
/// <param name="QuoteIds">Members that may be quoted, closest to the centre first (at most the requested number).</param>
/// <param name="Voices">Who raised or supported it.</param>
/// <param name="Cohesion">Mean cosine similarity of members to the centre, from 0 to 1.</param>
public sealed record Theme(
    string Label,
    IReadOnlyList<string> MemberIds,
    IReadOnlyList<string> QuoteIds,
    ThemeVoices Voices,
    double Cohesion);
