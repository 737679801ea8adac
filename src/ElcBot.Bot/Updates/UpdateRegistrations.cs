using ElcBot.Bot.CardActions;
using ElcBot.Bot.Commands;
using ElcBot.Core.Privacy;
using ElcBot.Core.Updates;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.Bot.Updates;

/// <summary>Registers "you said, we did": recording updates, telling the people who asked, and the facilitator's command and form.</summary>
public static class UpdateRegistrations
{
    public static IServiceCollection AddElcBotUpdates(this IServiceCollection services)
    {
        services.AddSingleton<UpdateService>();
        services.AddSingleton<UpdateDelivery>();
        services.AddOptions<UpdateOptions>().BindConfiguration(UpdateOptions.SectionName)
            .Validate(o => o.AnswerWithinSeconds is >= 1 and <= 30, "Updates__AnswerWithinSeconds must be a whole number of seconds from 1 to 30.")
            .ValidateOnStart();
        services.AddSingleton<UpdateSender>();
        // Deliveries left part-way by a stop are finished by the minute scheduler, once their claims have gone stale.
        services.AddSingleton<UnfinishedDeliveries>();
        services.AddSingleton<ElcBot.Core.Summaries.Scheduling.IScheduledWork>(sp => sp.GetRequiredService<UnfinishedDeliveries>());
        services.AddSingleton<IDeliveryReporter, ProactiveDeliveryReporter>();
        services.AddSingleton<UpdateHistory>();
        services.AddSingleton<IUpdateNotifier, UpdateMessenger>();
        // "Forget me" also erases the receipts of messages sent to the person and their key on updates they gave.
        services.AddSingleton<IPersonErasure, UpdateErasure>();
        services.AddSingleton<IContributionErasure, UpdateLinkErasure>();

        services.AddSingleton<UpdateFormSource>();
        services.AddSingleton<ICommandHandler, UpdateCommand>();
        services.AddSingleton<ICardActionHandler, SendUpdateAction>();
        services.AddSingleton<ICardActionHandler, UpdateRoundAction>();
        return services;
    }
}
