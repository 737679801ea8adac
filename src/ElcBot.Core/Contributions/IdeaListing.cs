namespace ElcBot.Core.Contributions;

/// <summary>A round's ideas a page at a time, newest first, each with its support count (only ideas whose authors allowed quoting).</summary>
public sealed class IdeaListing(IContributionStore contributions, ISupportStore supports)
{
    public const int PageSize = 5;

    public Task<IdeaPage> PageAsync(string roundId, int page, CancellationToken cancellationToken) =>
        PageWithoutAsync(roundId, page, new HashSet<string>(), cancellationToken);

    /// <summary>The page as it will be once <paramref name="leftOut"/> are gone, for erasers that run before the delete.</summary>
    public async Task<IdeaPage> PageWithoutAsync(string roundId, int page, IReadOnlySet<string> leftOut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leftOut);
        // The list shows each idea's words to everyone in the chat, which is quoting them: ideas kept for themes only or
        // for the facilitators are never listed. Vectors are left in storage: a page shows words.
        var ideas = (await contributions.ListWithoutVectorsAsync(roundId, ContributionKind.Idea, cancellationToken).ConfigureAwait(false))
            .Where(i => i.Consent == ConsentLevel.MayQuote && !leftOut.Contains(i.Id)).ToArray();
        var pageCount = Math.Max(1, (ideas.Length + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pageCount - 1);
        // The page's counts are read side by side: the person waits for one round trip, not five.
        var shown = ideas.Skip(page * PageSize).Take(PageSize).ToArray();
        var counts = await Task.WhenAll(shown.Select(idea => supports.CountAsync(roundId, idea.Id, cancellationToken))).ConfigureAwait(false);
        var items = shown.Select((idea, i) => new IdeaWithSupport(idea, counts[i])).ToArray();
        return new IdeaPage(roundId, items, page, pageCount, ideas.Length);
    }
}

/// <summary>One page of ideas.</summary>
public sealed record IdeaPage(string RoundId, IReadOnlyList<IdeaWithSupport> Items, int Page, int PageCount, int Total)
{
    public bool HasNewer => Page > 0;

    public bool HasOlder => Page < PageCount - 1;
}

/// <summary>An idea and how many people said it matters to them too.</summary>
public sealed record IdeaWithSupport(Contribution Idea, int Supports);
