namespace ElcBot.Web.Playground;

/// <summary>
/// Plays OneDrive's part when someone allows a file from the bot: the bot uploads to the uploadUrl the page gave
/// it, and the file info card the bot then sends links to the same place for download.
/// </summary>
internal static class FileEndpoints
{
    private const int MaxBytes = 5 * 1024 * 1024;

    public static RouteGroupBuilder MapPlaygroundFiles(this RouteGroupBuilder files)
    {
        files.MapPut("/{uniqueId}/{name}", async (string uniqueId, HttpRequest request, UploadedFiles uploaded, CancellationToken cancellationToken) =>
        {
            // Refused on its stated length before a byte is read, and read no further than one byte past the limit
            // when the length is not given, so a large upload never sits in memory whole.
            if (request.ContentLength > MaxBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            var bytes = await ReadUpToAsync(request.Body, MaxBytes + 1, cancellationToken);
            if (bytes.Length > MaxBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            uploaded.Save(uniqueId, bytes);
            return Results.Created();
        });
        files.MapGet("/{uniqueId}/{name}", (string uniqueId, string name, UploadedFiles uploaded) =>
            uploaded.Find(uniqueId) is { } bytes ? Results.File(bytes, "application/octet-stream", name) : Results.NotFound());
        return files;
    }

    private static async Task<byte[]> ReadUpToAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
