namespace ElcBot.Core.Contributions;

/// <summary>The "I am..." answer a contributor gives.</summary>
public enum ContributorRole
{
    /// <summary>Someone who uses services.</summary>
    UsesServices,

    /// <summary>Someone who cares for a person who uses services.</summary>
    Carer,

    /// <summary>Someone who works in health or care.</summary>
    HealthOrCareStaff,

    /// <summary>Someone who works in a community or voluntary organisation.</summary>
    VoluntarySectorStaff,

    /// <summary>Other, or prefers not to say.</summary>
    OtherOrPreferNotToSay,
}
