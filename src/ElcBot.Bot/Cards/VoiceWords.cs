using ElcBot.Core.Contributions;

namespace ElcBot.Bot.Cards;

/// <summary>The plain words cards use for roles and voice groups.</summary>
public static class VoiceWords
{
    public static string Group(VoiceGroup group) => group switch
    {
        VoiceGroup.LivedExperience => "lived experience",
        VoiceGroup.Staff => "staff",
        _ => "other",
    };

    /// <summary>How a quote is attributed: by group, never by name, since the card is posted to everyone.</summary>
    public static string QuoteAttribution(VoiceGroup group) => group switch
    {
        VoiceGroup.LivedExperience => "someone with lived experience",
        VoiceGroup.Staff => "someone who works in care",
        _ => "someone taking part",
    };

    public static string Percent(double share) => $"{Math.Round(share * 100):0}%";
}
