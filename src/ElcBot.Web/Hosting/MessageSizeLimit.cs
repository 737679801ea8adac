using ElcBot.Bot.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ElcBot.Web.Hosting;

/// <summary>Refuses a request to the messages endpoint whose body is over Bot:MaxRequestBytes, with 413, before the bot reads it.</summary>
/// <remarks>
/// The SDK copies the whole body into memory before parsing it, so without this a caller could make every request
/// cost up to Kestrel's 30 MB default. A declared length over the limit is refused without reading; a chunked body
/// is cut off by Kestrel when it passes the limit.
/// </remarks>
public sealed partial class MessageSizeLimit(RequestDelegate next, IOptions<BotOptions> options, ILogger<MessageSizeLimit> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(ElcBot.Bot.DependencyInjection.MessagesPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var limit = options.Value.MaxRequestBytes;
        if (context.Request.ContentLength > limit)
        {
            Refuse(context, context.Request.ContentLength.Value, limit);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            Refuse(context, null, limit);
        }
    }

    private void Refuse(HttpContext context, long? length, long limit)
    {
        LogRefused(logger, length, limit);
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a message body of {Length} bytes; the limit is {Limit}")]
    private static partial void LogRefused(ILogger logger, long? length, long limit);
}
