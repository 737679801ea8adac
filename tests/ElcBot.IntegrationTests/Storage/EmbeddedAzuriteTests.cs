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

    [Fact]
    public async Task Should_say_the_port_is_taken_when_another_program_answers_on_the_emulator_s_port()
    {
        using var other = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        other.Start();
        var port = ((System.Net.IPEndPoint)other.LocalEndpoint).Port;
        var answering = AnswerAsAnotherWebServerAsync(other);

        var failure = await Assert.ThrowsAsync<AzuriteStartException>(() => AzuriteProcess.StartAsync(
            new AzuriteOptions { Port = port, DataDirectory = Path.Combine(Path.GetTempPath(), "elcbot-azurite-unused") }, CancellationToken.None));

        Assert.Equal(AzuritePortProbe.NotAzurite(port), failure.Message);
        Assert.Contains("Storage__Embedded__Port", failure.Message);
        other.Stop();
        await answering;
    }

    [Fact]
    public async Task Should_share_an_emulator_already_running_on_the_port()
    {
        var data = Directory.CreateTempSubdirectory("elcbot-azurite-shared-").FullName;
        try
        {
            var options = new AzuriteOptions { Port = AzuriteProcess.FreePort(), DataDirectory = data, StartTimeout = TimeSpan.FromMinutes(2) };
            await using var first = await AzuriteProcess.StartAsync(options, CancellationToken.None);

            await using var second = await AzuriteProcess.StartAsync(options, CancellationToken.None);

            Assert.True(first.Owned);
            Assert.False(second.Owned);
            Assert.Equal(first.ConnectionString, second.ConnectionString);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    // Answers every connection as an ordinary web server would, until stopped.
    private static async Task AnswerAsAnotherWebServerAsync(System.Net.Sockets.TcpListener listener)
    {
        var reply = "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray();
        try
        {
            while (true)
            {
                using var connection = await listener.AcceptTcpClientAsync();
                var stream = connection.GetStream();
                _ = await stream.ReadAsync(new byte[4096]); // the request itself does not matter; any answer will do
                await stream.WriteAsync(reply);
            }
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Stopped by the test.
        }
    }
}
