namespace ElcBot.Storage.Embedded;

/// <summary>Where the embedded Table Storage emulator lives and listens when no storage is configured.</summary>
public sealed class AzuriteOptions
{
    public const string SectionName = "Storage:Embedded";

    /// <summary>Loopback port for the table service.</summary>
    public int Port { get; set; } = 10002;

    /// <summary>Folder for the emulator's data, relative to the repository root unless absolute.</summary>
    public string DataDirectory { get; set; } = ".data/azurite";

    /// <summary>Folder holding the npm install of Azurite, relative to the repository root unless absolute.</summary>
    public string ToolDirectory { get; set; } = "tools/azurite";

    /// <summary>How long to wait for the emulator to answer before giving up.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
