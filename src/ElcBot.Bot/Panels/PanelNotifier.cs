using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;

namespace ElcBot.Bot.Panels;

/// <summary>Sends panel members their own copy of the draft card in personal chat, with a line on top saying why.</summary>
public sealed class PanelNotifier(PanelChats chats) : IPanelNotifier
{
    /// <summary>A few chats opened at once: a reply to the person who made a change should not wait on each in turn.</summary>
    private const int AtOnce = 4;

    public Task<int> NotifyAsync(PanelDraft draft, IReadOnlyList<PanelMember> panel, IReadOnlyList<PanelMember> to, PanelNotice why, CancellationToken cancellationToken) =>
        SendAsync(draft, panel, to, PanelWords.Notice(why, draft), cancellationToken);

    /// <returns>How many were reached.</returns>
    public async Task<int> SendAsync(PanelDraft draft, IReadOnlyList<PanelMember> panel, IReadOnlyList<PanelMember> to, string? notice, CancellationToken cancellationToken)
    {
        var reached = 0;
        await Parallel.ForEachAsync(to, new ParallelOptions { MaxDegreeOfParallelism = AtOnce, CancellationToken = cancellationToken }, async (member, ct) =>
        {
            var card = PanelDraftCard.Build(draft, panel, member.UserId, notice: notice);
            if (await chats.SendAsync(member, card.ToMessage(PanelDraftCard.Title), ct).ConfigureAwait(false))
            {
                Interlocked.Increment(ref reached);
            }
        }).ConfigureAwait(false);
        return reached;
    }
}
