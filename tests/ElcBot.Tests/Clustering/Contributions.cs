using ElcBot.Core.Contributions;
using ElcBot.Core.Themes;

namespace ElcBot.Tests.Clustering;

/// <summary>Builders for test contributions.</summary>
public static class Contributions
{
    public static ThemeContribution Of(
        string id, string text, ContributorRole role = ContributorRole.UsesServices, ConsentLevel consent = ConsentLevel.MayQuote, params VoiceGroup[] supporters) =>
        new(id, ContributionKind.Idea, text, role, consent, null, supporters);

    /// <summary>Three clearly different topics, six contributions each.</summary>
    public static IReadOnlyList<ThemeContribution> ThreeTopics()
    {
        string[] parking = ["car parking costs too much", "parking spaces are hard to find", "car park charges are unfair", "no parking near the clinic", "parking fees for patients", "the car park is always full"];
        string[] waiting = ["waiting times for appointments", "long waiting list for surgery", "waiting months for an appointment", "appointment waiting times too long", "the waiting list keeps growing", "waiting weeks for appointment letters"];
        string[] food = ["hospital food was cold", "the food on the ward tasted bland", "cold food served late", "better food choices please", "food portions were tiny", "ward food should be hot"];
        return parking.Select((t, i) => Of($"p{i}", t))
            .Concat(waiting.Select((t, i) => Of($"w{i}", t, ContributorRole.HealthOrCareStaff)))
            .Concat(food.Select((t, i) => Of($"f{i}", t, ContributorRole.Carer)))
            .ToArray();
    }
}
