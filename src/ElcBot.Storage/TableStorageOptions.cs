namespace ElcBot.Storage;

/// <summary>How to reach Table Storage: a connection string, or a service URI used with Azure credentials.</summary>
public sealed class TableStorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>A full connection string (Azurite or an account key). Takes precedence over <see cref="TableServiceUri"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table endpoint, for example https://account.table.core.windows.net, used with DefaultAzureCredential.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity, when the host has several.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix for every table name, so several deployments or test runs can share an account.</summary>
    public string TablePrefix { get; set; } = "elc";

    /// <summary>True when neither a connection string nor a URI is set: the embedded Azurite is used.</summary>
    public bool UsesEmbeddedEmulator => string.IsNullOrWhiteSpace(ConnectionString) && TableServiceUri is null;
}
