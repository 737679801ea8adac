using ElcBot.Storage.Tables;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>SECURITY.md says what every table holds: people deciding whether to trust the bot read it.</summary>
public sealed class SecurityDocumentationTests
{
    [Fact]
    public void Should_describe_every_table_the_service_creates_when_saying_what_is_stored()
    {
        var security = File.ReadAllText(RepositoryFiles.Path("SECURITY.md"));
        var undescribed = TableNames.All.Where(table => !security.Contains($"| `{table}` |", StringComparison.Ordinal)).ToArray();

        Assert.Empty(undescribed);
    }
}
