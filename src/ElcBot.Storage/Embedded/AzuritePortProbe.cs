namespace ElcBot.Storage.Embedded;

/// <summary>Tells whether the program already listening on the emulator's port is Azurite's table service.</summary>
/// <remarks>
/// Reusing a running emulator is what lets a second host, a test or the CLI share one store. But anything else holding the
/// port (another web server, a stuck tool) would otherwise be taken for Azurite, and every storage call would then fail
/// with nothing saying why. Azurite names itself in the Server header of every answer, even to a request it refuses.
/// </remarks>
public static class AzuritePortProbe
{
    private const string ServerPrefix = "Azurite-Table";

    public static async Task<bool> IsAzuriteAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/"), cancellationToken).ConfigureAwait(false);
            return response.Headers.Server.Any(p => p.Product?.Name.StartsWith(ServerPrefix, StringComparison.OrdinalIgnoreCase) == true);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Not speaking HTTP, or too slow to answer: not an emulator the bot could use.
            return false;
        }
    }

    public static string NotAzurite(int port) =>
        $"Port {port} is in use by another program, not Azurite's table service, so ElcBot cannot keep its records there. " +
        $"Stop that program, or set Storage__Embedded__Port to a free port.";
}
