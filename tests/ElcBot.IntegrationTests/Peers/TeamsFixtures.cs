using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Peers;

/// <summary>Reads the real Teams payloads kept in ../shared/fixtures/teams.</summary>
public static class TeamsFixtures
{
    public static string Folder
    {
        get
        {
            var root = ElcBot.Storage.Embedded.RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests from inside the repository.");
            return Path.GetFullPath(Path.Combine(root, "..", "shared", "fixtures", "teams"));
        }
    }

    public static IEnumerable<string> Names => Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order()!;

    /// <summary>The payload with its serviceUrl pointed at the given connector, as a real Teams activity would be.</summary>
    public static JObject Load(string name, string serviceUrl)
    {
        var activity = JObject.Parse(File.ReadAllText(Path.Combine(Folder, name)));
        activity["serviceUrl"] = serviceUrl;
        return activity;
    }
}
