using ElcBot.Bot.CardActions;
using ElcBot.Bot.Commands;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.Bot.Summaries;

/// <summary>Registers summaries: composing, posting, the weekly schedule, their commands and card buttons.</summary>
public static class SummaryRegistrations
{
    public static IServiceCollection AddElcBotSummaries(this IServiceCollection services)
    {
        services.AddSingleton<IThemeFinder, EngineThemeFinder>();
        services.AddSingleton<SummaryComposer>();
        services.AddSingleton<SummaryDrafter>();
        services.AddSingleton<NextSummary>();
        services.AddSingleton<ISummaryPublisher, SummaryPublisher>();
        // Erased words come out of kept and posted summaries too.
        services.AddSingleton<ElcBot.Core.Privacy.IContributionErasure, SummaryErasure>();

        // Every instance runs the scheduler; the ledger in Table Storage makes each weekly post happen once.
        services.AddSingleton<ScheduledSummaryRunner>();
        services.AddSingleton<IScheduledWork>(sp => sp.GetRequiredService<ScheduledSummaryRunner>());
        services.AddHostedService<SummarySchedulerService>();

        services.AddSingleton<SummaryCommand>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<SummaryCommand>());
        services.AddSingleton<ICommandHandler, SummariesCommand>();
        services.AddSingleton<ICommandHandler, ScheduleSummaryCommand>();
        services.AddSingleton<ICommandHandler, ScheduleOffCommand>();
        services.AddSingleton<ICommandHandler, ScheduleCommand>();
        services.AddSingleton<PausedScheduleNotice>();
        services.AddSingleton<ScheduleOverview>();

        services.AddSingleton<SummaryActions>();
        foreach (var name in SummaryActions.Names)
        {
            services.AddSingleton<ICardActionHandler>(sp => new SummaryButton(name, sp.GetRequiredService<SummaryActions>()));
        }

        return services;
    }
}
