using Azure.Data.Tables;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage;
using ElcBot.Storage.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ElcBot.IntegrationTests.Storage;

/// <summary>What the operator reads in the log when the tables cannot be made at start-up.</summary>
public sealed class TableInitializerTests
{
    [Fact]
    public async Task Should_log_that_storage_refused_the_key_not_that_it_is_unreachable_when_the_account_key_is_wrong()
    {
        using var factory = LoggerFactory.Create(_ => { });
        var capture = LogCapture.AttachTo(factory, LogLevel.Warning);
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var connection = string.Join(';', (await SharedAzurite.ConnectionStringAsync()).Split(';')
            .Select(part => part.StartsWith("AccountKey=", StringComparison.Ordinal) ? "AccountKey=" + wrongKey : part));
        var tables = new ElcTables(new TableServiceClient(connection), Options.Create(new TableStorageOptions { TablePrefix = "keycheck" }));
        var initializer = new TableInitializer(tables, factory.CreateLogger<TableInitializer>());

        await initializer.StartAsync(CancellationToken.None);
        await initializer.StopAsync(CancellationToken.None);

        var entry = Assert.Single(capture.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.StartsWith("Table Storage refused ElcBot (status 403", entry.Message, StringComparison.Ordinal);
        Assert.False(initializer.Ready.IsCompleted);
    }
}
