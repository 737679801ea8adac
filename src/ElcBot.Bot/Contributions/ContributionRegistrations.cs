using ElcBot.Bot.CardActions;
using ElcBot.Bot.Commands;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ElcBot.Bot.Contributions;

/// <summary>Registers rounds, stories, ideas and support: the use cases, their commands and their card actions.</summary>
public static class ContributionRegistrations
{
    public static IServiceCollection AddElcBotContributions(this IServiceCollection services)
    {
        // The contributor key secret is required outside Development; there a stable local key is derived (with a warning).
        services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .PostConfigure<IServiceProvider>((options, sp) =>
            {
                if (string.IsNullOrWhiteSpace(options.ContributorKeySecret) && sp.GetService<IHostEnvironment>()?.IsDevelopment() == true)
                {
                    options.ContributorKeySecret = ContributorKeys.DevelopmentSecret();
                    options.UsesDevelopmentKey = true;
                }
            })
            .Validate(o => !string.IsNullOrWhiteSpace(o.ContributorKeySecret), "Set Privacy__ContributorKeySecret: the secret key that keeps contributors pseudonymous.")
            .ValidateOnStart();
        services.AddSingleton<ContributorKeys>();
        services.AddSingleton<ContributorIdentity>();
        services.AddSingleton<FacilitatorCheck>();
        services.AddSingleton<ElcBot.Bot.Facilitation.IFacilitatorCheck>(sp => sp.GetRequiredService<FacilitatorCheck>());
        services.AddSingleton<RoundAccess>();
        services.AddSingleton<ChatSharing>();
        services.AddSingleton<MyContributionsView>();
        services.AddSingleton<SharableRounds>();

        // Use cases from Core; they only see the storage ports.
        services.AddSingleton<RoundService>();
        services.AddSingleton<ContributionService>();
        services.AddSingleton<SupportService>();
        services.AddSingleton<IdeaListing>();
        // Ideas lists posted in chats are kept, so erased ideas can be taken out of them in place.
        services.AddSingleton<IdeaListPoster>();
        services.AddSingleton<ElcBot.Bot.CardActions.PressedIdeaList>();
        services.AddSingleton<IContributionErasure, IdeaListErasure>();
        services.AddSingleton<IPersonErasure, PersonalIdeaListErasure>();
        services.AddSingleton<ForgetMeService>();
        services.AddSingleton<SupportGiven>();
        services.AddSingleton<AddressSealer>();
        services.AddSingleton<ElcBot.Core.Updates.ContactBook>();
        services.AddSingleton<ElcBot.Core.Updates.ContactPermissions>();
        services.AddSingleton<IPersonErasure, ElcBot.Core.Updates.ContactErasure>();
        services.AddSingleton<ElcBot.Bot.Updates.ContactCapture>();

        services.AddSingleton<ICommandHandler, StartRoundCommand>();
        services.AddSingleton<ICommandHandler, CloseRoundCommand>();
        services.AddSingleton<ICommandHandler, IdeasCommand>();
        services.AddSingleton<ICommandHandler, ShareCommand>();
        services.AddSingleton<ICommandHandler, MyContributionsCommand>();
        services.AddSingleton<ICommandHandler, ForgetMeCommand>();
        services.AddSingleton<ICommandHandler, StopUpdatesCommand>();

        // One handler per card action, found by the name in the button's data.
        services.AddSingleton<ICardActionHandler, StartRoundAction>();
        services.AddSingleton<ICardActionHandler>(sp => ActivatorUtilities.CreateInstance<OpenFormAction>(sp, ContributionKind.Story));
        services.AddSingleton<ICardActionHandler>(sp => ActivatorUtilities.CreateInstance<OpenFormAction>(sp, ContributionKind.Idea));
        services.AddSingleton<ICardActionHandler, ShareAction>();
        services.AddSingleton<ICardActionHandler, ToggleSupportAction>();
        services.AddSingleton<ICardActionHandler, IdeasPageAction>();
        services.AddSingleton<ICardActionHandler, ConfirmForgetAction>();
        services.AddSingleton<ICardActionHandler, CancelForgetAction>();
        services.AddSingleton<ICardActionHandler, AskRemoveAction>();
        services.AddSingleton<ICardActionHandler, ConfirmRemoveAction>();
        services.AddSingleton<ICardActionHandler, MyContributionsPageAction>();
        services.AddSingleton<ICardActionHandler, ReadMineAction>();
        services.AddSingleton<ICardActionHandler, MySupportAction>();
        services.AddSingleton<ICardActionHandler, FollowIdeaAction>();
        services.AddSingleton<CardActionRouter>();
        services.AddSingleton<CardActionDispatcher>();
        return services;
    }
}
