using ElcBot.Bot.Commands;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Installation;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Summaries;

/// <summary>`schedule summary [day] [time]`: posts the round's summary every week (Monday 09:00 UK time by default).</summary>
public sealed class ScheduleSummaryCommand(
    IFacilitatorCheck facilitators,
    ISummaryRounds rounds,
    ISummaryScheduleStore schedules,
    ConversationRegistrar registrar,
    TimeProvider time) : ICommandHandler
{
    public BotCommand Command { get; } = new("schedule summary", $"Post a summary every week (for example: {ScheduleText.Example})", FacilitatorsOnly: true);

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        var round = await RoundCommands.FindRoundAsync(turnContext, facilitators, rounds, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return;
        }

        if (!ScheduleText.TryParse(arguments, out var day, out var at, out var problem))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(problem), cancellationToken).ConfigureAwait(false);
            return;
        }

        // The weekly post goes here, so the bot must be able to find this channel again (see ConversationRegistrar).
        await registrar.RememberAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(SummarySchedule.DefaultTimeZoneId);
        var next = WeeklyOccurrence.Next(time.GetUtcNow(), day, at, zone);
        var schedule = new SummarySchedule(round.RoundId, day, at, zone.Id, next);
        await schedules.SaveAsync(schedule, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(MessageFactory.Text($"Done. {ScheduleWords.On(schedule)}"), cancellationToken).ConfigureAwait(false);
    }
}
