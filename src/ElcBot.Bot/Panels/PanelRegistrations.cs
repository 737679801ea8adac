using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Panels;
using ElcBot.Core.Privacy;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ElcBot.Bot.Panels;

/// <summary>Registers review panels: membership, the shared draft, posting it once, and their commands and buttons.</summary>
public static class PanelRegistrations
{
    /// <remarks>Call after the summaries are registered: the panel wraps their publisher.</remarks>
    public static IServiceCollection AddElcBotPanels(this IServiceCollection services)
    {
        services.AddOptions<PanelOptions>().BindConfiguration(PanelOptions.SectionName)
            .Validate(o => o.ReviewDays is >= 1 and <= 30, "Panel__ReviewDays must be a whole number of days from 1 to 30.")
            .Validate(o => o.ReminderHoursBeforeDeadline is >= 0 and <= 720, "Panel__ReminderHoursBeforeDeadline must be a whole number of hours from 0 (no reminder) to 720.")
            .ValidateOnStart();
        services.AddSingleton<PanelMembership>();
        services.AddSingleton<PanelReviewService>();
        services.AddSingleton<PanelPublishing>();
        services.AddSingleton<PanelChats>();
        services.AddSingleton<PanelNotifier>();
        services.AddSingleton<IPanelNotifier>(sp => sp.GetRequiredService<PanelNotifier>());
        services.AddSingleton<PanelDraftSender>();
        services.AddSingleton<PanelPublisher>();

        // The weekly summaries' scheduler also sends each draft's reminder, once across instances (a lease on the draft).
        services.AddSingleton<PanelReminders>();
        services.AddSingleton<IScheduledWork>(sp => sp.GetRequiredService<PanelReminders>());

        // "Forget me" takes the person off every panel in their tenant and their name out of the change logs.
        services.AddSingleton<DraftRewriter>();
        services.AddSingleton<IPersonErasure, PanelErasure>();
        services.AddSingleton<IContributionErasure, DraftWordsErasure>();

        // With a panel set, every summary (typed or weekly) goes to the panel first; without one it is posted as before.
        services.AddSingleton<SummaryPublisher>();
        services.Replace(ServiceDescriptor.Singleton<ISummaryPublisher, PanelAwarePublisher>());

        services.AddSingleton<ICommandHandler, PanelCommand>();
        services.AddSingleton<IPanelSubcommand, PanelAddCommand>();
        services.AddSingleton<IPanelSubcommand, PanelRemoveCommand>();
        services.AddSingleton<IPanelSubcommand, PanelListCommand>();
        services.AddSingleton<IPanelSubcommand, PanelLogCommand>();
        services.AddSingleton<IPanelSubcommand, PanelPublishCommand>();

        services.AddSingleton<ICardActionHandler, PanelRoleAction>();
        services.AddSingleton<ICardActionHandler, PanelPublishAction>();
        services.AddSingleton<ICardActionHandler, PanelLogAction>();
        services.AddSingleton<PanelDraftActions>();
        foreach (var name in PanelCardActions.DraftActions)
        {
            services.AddSingleton<ICardActionHandler>(sp => new PanelButton(name, sp.GetRequiredService<PanelDraftActions>()));
        }

        return services;
    }
}
