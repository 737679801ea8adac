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
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            if (buffer.Length > MaxBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            uploaded.Save(uniqueId, buffer.ToArray());
            return Results.Created();
        });
        files.MapGet("/{uniqueId}/{name}", (string uniqueId, string name, UploadedFiles uploaded) =>
            uploaded.Find(uniqueId) is { } bytes ? Results.File(bytes, "application/octet-stream", name) : Results.NotFound());
        return files;
    }
}
