using System.Reflection;
using ElcBot.Storage.Embedded;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace ElcBot.Web.Playground;

/// <summary>Serves the page (embedded in this assembly) and the Adaptive Cards renderer (installed from npm).</summary>
internal static class PlaygroundPage
{
    private const string ResourcePrefix = "playground/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapPlaygroundPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PlaygroundPaths.Page, () => Asset("index.html"));
        endpoints.MapGet(PlaygroundPaths.Page + "/assets/{name}", (string name) => Asset(name));
        endpoints.MapGet(PlaygroundPaths.Page + "/lib/adaptivecards.min.js", (IOptions<PlaygroundOptions> options) =>
        {
            var path = RendererPath(options.Value);
            return File.Exists(path) ? Results.File(path, "text/javascript") : Results.NotFound();
        });
        return endpoints;
    }

    /// <summary>The official renderer's browser bundle from the npm package adaptivecards.</summary>
    public static string RendererPath(PlaygroundOptions options) =>
        Path.Combine(RepositoryRoot.Resolve(options.LibrariesFolder), "adaptivecards", "dist", "adaptivecards.min.js");

    private static IResult Asset(string name)
    {
        var stream = typeof(PlaygroundPage).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var contentType = ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
        return Results.Stream(stream, contentType);
    }
}
