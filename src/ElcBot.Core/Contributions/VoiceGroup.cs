namespace ElcBot.Core.Contributions;

/// <summary>The groups whose voices a summary sets side by side.</summary>
public enum VoiceGroup
{
    /// <summary>People who use services and their carers.</summary>
    LivedExperience,

    /// <summary>Health, care and voluntary sector workers.</summary>
    Staff,

    /// <summary>Anyone else, or people who preferred not to say.</summary>
    Other,
}

/// <summary>Maps each role to its voice group.</summary>
public static class VoiceGroups
{
    public static VoiceGroup Of(ContributorRole role) => role switch
    {
        ContributorRole.UsesServices or ContributorRole.Carer => VoiceGroup.LivedExperience,
        ContributorRole.HealthOrCareStaff or ContributorRole.VoluntarySectorStaff => VoiceGroup.Staff,
        _ => VoiceGroup.Other,
    };
}
