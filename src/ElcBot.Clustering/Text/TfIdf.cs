using ElcBot.Clustering.Vectors;

namespace ElcBot.Clustering.Text;

/// <summary>Unit-length TF-IDF rows (sublinear term frequency, smoothed idf) over words used by at least a few texts.</summary>
public static class TfIdf
{
    /// <summary>Builds one sparse row per text; a text with no kept word gets an empty row.</summary>
    public static SparseRows Build(IReadOnlyList<string> texts, int minDocumentFrequency, CancellationToken cancellationToken)
    {
        var documents = new List<Dictionary<string, int>>(texts.Count);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in WordTokenizer.ContentWords(text))
            {
                counts[word.Key] = counts.GetValueOrDefault(word.Key) + 1;
            }

            foreach (var key in counts.Keys)
            {
                frequency[key] = frequency.GetValueOrDefault(key) + 1;
            }

            documents.Add(counts);
        }

        // Ordinal order of the kept words makes column numbers (and so every result) reproducible.
        var vocabulary = frequency.Where(p => p.Value >= minDocumentFrequency).Select(p => p.Key).Order(StringComparer.Ordinal)
            .Select((word, column) => (word, column)).ToDictionary(p => p.word, p => p.column, StringComparer.Ordinal);
        var rowStarts = new int[texts.Count + 1];
        var columns = new List<int>();
        var values = new List<float>();
        for (var d = 0; d < documents.Count; d++)
        {
            var row = documents[d].Where(p => vocabulary.ContainsKey(p.Key))
                .Select(p => (Column: vocabulary[p.Key], Weight: (1 + Math.Log(p.Value)) * (1 + Math.Log((1.0 + texts.Count) / (1 + frequency[p.Key])))))
                .OrderBy(p => p.Column).ToArray();
            var norm = Math.Sqrt(row.Sum(p => p.Weight * p.Weight));
            foreach (var (column, weight) in row)
            {
                columns.Add(column);
                values.Add((float)(weight / norm));
            }

            rowStarts[d + 1] = columns.Count;
        }

        return new SparseRows(rowStarts, columns.ToArray(), values.ToArray(), vocabulary.Count);
    }
}
