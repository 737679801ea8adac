namespace ElcBot.Core.Privacy;

/// <summary>Settings for keeping contributors pseudonymous.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>The secret key for hashing Teams user ids into contributor keys. Required outside Development.</summary>
    public string? ContributorKeySecret { get; set; }

    /// <summary>True when no secret was configured and a stable local one was derived (Development only).</summary>
    public bool UsesDevelopmentKey { get; set; }
}
