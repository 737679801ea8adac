using ElcBot.Clustering.Grouping;
using ElcBot.Clustering.Labels;
using ElcBot.Clustering.Text;
using ElcBot.Clustering.Voices;
using ElcBot.Core.Contributions;
using ElcBot.Core.Themes;

namespace ElcBot.Clustering;

/// <summary>Embeds what is missing, clusters, labels in members' words, picks quotable members and counts voices.</summary>
public sealed class ThemeEngine(ITextEmbedder embedder) : IThemeEngine
{
    public async Task<ThemeSet> FindThemesAsync(IReadOnlyList<ThemeContribution> contributions, ThemeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        ArgumentNullException.ThrowIfNull(options);
        if (contributions.Count == 0)
        {
            return ThemeSet.Empty;
        }

        var (vectors, embedded) = await VectorsAsync(contributions, cancellationToken).ConfigureAwait(false);
        var texts = contributions.Select(c => c.Text ?? string.Empty).ToArray();
        var features = ThemeFeatures.Build(texts, vectors, cancellationToken);
        var outcome = ThemeClusterer.Cluster(features, options.ThemeCount, options.Seed, options.MinThemeSize, cancellationToken);

        // Members closest to the centre first: they speak for the theme best, so they lead and get quoted.
        var members = Enumerable.Range(0, outcome.ThemeCount)
            .Select(t => Enumerable.Range(0, contributions.Count).Where(i => outcome.Labels[i] == t)
                .OrderByDescending(i => outcome.Similarities[i]).ThenBy(i => i).ToArray())
            .ToArray();
        var labels = ThemeLabeller.Label(members.Select(m => (IReadOnlyList<string>)m.Select(i => texts[i]).ToArray()).ToArray(), cancellationToken);
        var themes = members.Select((m, t) => new Theme(
            string.IsNullOrEmpty(labels[t]) ? FirstWords(texts[m[0]]) : labels[t],
            m.Select(i => contributions[i].Id).ToArray(),
            Quotes(m, contributions, options.QuotesPerTheme),
            VoiceTally.Count(m.Select(i => contributions[i])),
            Math.Round(m.Average(i => (double)outcome.Similarities[i]), 4))).ToArray();

        var others = Enumerable.Range(0, contributions.Count).Where(i => outcome.Labels[i] == ClusterOutcome.Other).Select(i => contributions[i].Id).ToArray();
        var shared = contributions.Where(VoiceTally.IsSharedGround).Select(c => c.Id).ToArray();
        return new ThemeSet(themes, others, shared) { Embedded = embedded };
    }

    private async Task<(IReadOnlyList<float[]> Vectors, IReadOnlyDictionary<string, float[]> Embedded)> VectorsAsync(
        IReadOnlyList<ThemeContribution> contributions, CancellationToken cancellationToken)
    {
        var vectors = contributions.Select(c => c.Vector).ToArray();

        // Missing, or made by another model (another length): embed now. The background worker stores vectors as
        // contributions arrive, so this is the rare case of one that slipped past it, or of one stored before pooling
        // changed (storage leaves those unread). What is made here is handed back for the caller to keep.
        var missing = Enumerable.Range(0, vectors.Length).Where(i => vectors[i] is not { } v || v.Length != embedder.Dimensions).ToArray();
        var embedded = new Dictionary<string, float[]>(missing.Length);
        if (missing.Length > 0)
        {
            var made = await embedder.EmbedAsync(missing.Select(i => contributions[i].Text ?? string.Empty).ToArray(), cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < missing.Length; j++)
            {
                vectors[missing[j]] = made[j];
                embedded[contributions[missing[j]].Id] = made[j];
            }
        }

        return (vectors!, embedded);
    }

    // One quote per wording, in members' order: a theme of many "Nothing" answers quotes it once, leaving room for others.
    private static string[] Quotes(int[] members, IReadOnlyList<ThemeContribution> contributions, int count)
    {
        var wordings = new HashSet<string>(StringComparer.Ordinal);
        return members.Where(i => contributions[i].Consent == ConsentLevel.MayQuote && wordings.Add(Wording(contributions[i].Text)))
            .Take(Math.Max(0, count)).Select(i => contributions[i].Id).ToArray();
    }

    private static string Wording(string? text) => string.Join(' ', WordTokenizer.Words(text).Select(w => w.Key));

    // A theme whose members wrote no countable word (emoji only, say) is named by its central member's opening.
    private static string FirstWords(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(ThemeLabeller.MaxWords));
}
