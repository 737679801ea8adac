using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>Paths inside the repository checkout the tests run from.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests from inside the repository.");

    public static string Infra => System.IO.Path.Combine(Root, "infra");

    public static string Manifest => System.IO.Path.Combine(Root, "manifest");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
