using Azure.Data.Tables;
using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Storage;

/// <summary>The emulator the service starts for itself when no storage is configured.</summary>
public sealed class EmbeddedAzuriteTests
{
    [Fact]
    public async Task Should_save_tables_to_disk_on_stop_and_never_turn_on_azurite_telemetry()
    {
        var data = Directory.CreateTempSubdirectory("elcbot-azurite-own-").FullName;
        try
        {
            var azurite = await AzuriteProcess.StartAsync(
                new AzuriteOptions { Port = AzuriteProcess.FreePort(), DataDirectory = data, StartTimeout = TimeSpan.FromMinutes(2) }, CancellationToken.None);
            await using (azurite)
            {
                Assert.True(azurite.Owned);
                var table = new TableClient(azurite.ConnectionString, "embeddedcheck");
                await table.CreateIfNotExistsAsync();
                await table.AddEntityAsync(new TableEntity("p", "r") { ["Words"] = "kept-on-disk" });
            }

            // Azurite writes its telemetry instance id to this file only when telemetry is on.
            Assert.False(File.Exists(Path.Combine(data, "AzuriteConfig")), "Azurite was started with its telemetry on");
            Assert.Contains("kept-on-disk", await File.ReadAllTextAsync(Path.Combine(data, "__azurite_db_table__.json")));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Should_say_where_the_data_is_when_a_damaged_data_file_stops_azurite_starting()
    {
        var data = Directory.CreateTempSubdirectory("elcbot-azurite-damaged-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(data, "__azurite_db_table__.json"), "{\"broken");

            var failure = await Assert.ThrowsAsync<AzuriteStartException>(() => AzuriteProcess.StartAsync(
                new AzuriteOptions { Port = AzuriteProcess.FreePort(), DataDirectory = data, StartTimeout = TimeSpan.FromMinutes(2) }, CancellationToken.None));

            Assert.StartsWith("Azurite stopped while starting (exit code ", failure.Message);
            Assert.EndsWith($"Its data is in {data}.", failure.Message);
            Assert.Contains("JSON", failure.Message);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
