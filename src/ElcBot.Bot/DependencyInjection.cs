using ElcBot.Bot.Commands;
using ElcBot.Bot.Contributions;
using ElcBot.Bot.Summaries;
using ElcBot.Bot.Hosting;
using ElcBot.Bot.Installation;
using ElcBot.Bot.Panels;
using ElcBot.Bot.State;
using ElcBot.Bot.Updates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot;

/// <summary>Registers the bot, its adapter and its handlers, and maps its endpoint.</summary>
public static class DependencyInjection
{
    public const string MessagesPath = "/api/messages";

    public static IServiceCollection AddElcBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName)
            .Validate(o => o.MaxRequestBytes > 0, "Bot__MaxRequestBytes must be a positive number of bytes.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // Read from the host's final settings on first use, so a test host's own settings count too.
        services.AddSingleton(sp => BotAppId.From(sp.GetRequiredService<IConfiguration>()));

        // The SDK reads MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId itself;
        // with no app id it accepts unauthenticated local traffic, as the Bot Framework Emulator expects.
        // ElcBotAuthentication answers 401 (not 500) for a token that fails validation.
        // ... and reuses connector clients per service URL, which the SDK builds anew for every turn.
        services.AddSingleton<ReusedConnectorClients>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ElcBotAuthentication(
            new ConfigurationBotFrameworkAuthentication(CheckedIdentity(configuration)),
            sp.GetRequiredService<ReusedConnectorClients>(),
            sp.GetRequiredService<ILogger<ElcBotAuthentication>>()));
        // CloudAdapter has two public constructors that DI finds ambiguous; ours has one.
        // One person's burst is slowed before it reaches the bot; everyone else carries on.
        // Checked at start: a burst of 0 or no refill would turn everyone away with "please wait", and nothing else would say why.
        services.AddOptions<FairUse.FairUseOptions>().BindConfiguration(FairUse.FairUseOptions.SectionName)
            .Validate(o => o.Burst >= 1, "Bot__FairUse__Burst must be a whole number of 1 or more: with 0 nobody could send anything.")
            .Validate(o => o.PerSecond > 0 && double.IsFinite(o.PerSecond), "Bot__FairUse__PerSecond must be a number above 0, such as 3 or 0.5: with 0 someone who used up their burst could never send again.")
            .ValidateOnStart();
        services.AddSingleton(sp => new FairUse.TokenBuckets(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FairUse.FairUseOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<FairUse.FairUseMiddleware>();
        services.AddSingleton<ElcBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ElcBotAdapter>());
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<ElcBotAdapter>());

        // Bot state lives in Table Storage, never in memory: a restart or a second instance must see it.
        services.AddSingleton<IStorage, TableBotStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();

        services.AddSingleton<ConversationRegistrar>();
        // Messages sent outside a turn are tried again when Teams is busy, as Teams asks of every bot.
        services.AddSingleton<ElcBot.Bot.Proactive.TeamsRetry>();
        services.AddSingleton<ElcBot.Bot.Proactive.ProactivePoster>();
        services.AddSingleton<ElcBot.Bot.Proactive.IPostedMessageReplacer>(sp => sp.GetRequiredService<ElcBot.Bot.Proactive.ProactivePoster>());
        services.AddSingleton<ElcBot.Bot.Proactive.PersonalChats>();
        services.AddHttpClient();
        services.AddSingleton<ElcBot.Bot.Files.FileOffer>();
        services.AddSingleton<ElcBot.Bot.Files.FileConsentAnswers>();
        // A spreadsheet waiting for Allow is a copy of people's words: it goes after a day, or when words of its round are erased.
        services.AddSingleton<ElcBot.Core.Privacy.IContributionErasure, ElcBot.Core.Files.PendingFileErasure>();
        services.AddSingleton<ElcBot.Core.Summaries.Scheduling.IScheduledWork, ElcBot.Core.Files.PendingFileExpiry>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<UnmatchedMessage>();
        services.AddSingleton<ICommandHandler, HelpCommand>();
        services.AddElcBotContributions();
        services.AddElcBotSummaries();
        services.AddElcBotUpdates();
        services.AddElcBotPanels();
        services.AddTransient<IBot, ElcBotActivityHandler>();
        return services;
    }

    private static IConfiguration CheckedIdentity(IConfiguration configuration) =>
        BotIdentitySettings.Problems(configuration) is { Count: > 0 } problems
            ? throw new Microsoft.Extensions.Options.OptionsValidationException("MicrosoftApp", typeof(BotFrameworkAuthentication), problems)
            : configuration;

    public static IEndpointRouteBuilder MapElcBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, async (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
        {
            try
            {
                await adapter.ProcessAsync(request, response, bot, cancellationToken).ConfigureAwait(false);
            }
            catch (ActivityRejectedException) when (!response.HasStarted)
            {
                response.StatusCode = StatusCodes.Status400BadRequest;
            }
            catch (RequestRefusedException) when (!response.HasStarted)
            {
                response.StatusCode = StatusCodes.Status401Unauthorized;
            }
            catch (SigningKeysUnavailableException) when (!response.HasStarted)
            {
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                response.Headers.RetryAfter = "30";
            }
        });
        return endpoints;
    }
}
