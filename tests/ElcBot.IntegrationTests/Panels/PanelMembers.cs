using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>Puts people on the round's panel straight into storage, reachable through the recording connector, as a test's starting point.</summary>
public static class PanelMembers
{
    /// <summary>Sam (carer), Ali (staff) and Jo (uses services): two of three with lived experience.</summary>
    public static async Task AddSamAliAndJoAsync(BotHost host, RecordingConnector connector)
    {
        var panels = host.Services.GetRequiredService<IPanelStore>();
        foreach (var (id, name, role) in new[] { ("29:sam", "Sam", ContributorRole.Carer), ("29:ali", "Ali", ContributorRole.HealthOrCareStaff), ("29:jo", "Jo", ContributorRole.UsesServices) })
        {
            var member = new PanelMember(RoundId, id, name, role, new PanelAddress("msteams", connector.ServiceUrl, BotId, Tenant), DateTimeOffset.UtcNow);
            var added = new ChangeNote(PanelChangeKind.MemberAdded, name, role.ToString(), SubjectId: id);
            await panels.SaveMemberAsync(member, new PanelChange(RoundId, DateTimeOffset.UtcNow, new PanelActor("29:fran", "Fran"), added), CancellationToken.None);
        }
    }
}
