using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ElcBot.Cli.Bench.Load;

/// <summary>
/// The baseline: a bare Bot Framework echo bot set up the SDK's default way (ConfigurationBotFrameworkAuthentication, a
/// CloudAdapter with a logging error handler, an ActivityHandler), in a minimal ASP.NET Core app.
/// </summary>
public static class EchoBotHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<CloudAdapter>>();
            return new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), logger)
            {
                OnTurnError = async (turnContext, exception) =>
                {
                    logger.LogError(exception, "Echo turn failed");
                    await turnContext.SendActivityAsync("Sorry, it looks like something went wrong.").ConfigureAwait(false);
                },
            };
        });
        builder.Services.AddTransient<IBot, EchoBot>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
        return app;
    }

    /// <summary>Says back what it was sent.</summary>
    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {turnContext.Activity.Text}"), cancellationToken);
    }
}
