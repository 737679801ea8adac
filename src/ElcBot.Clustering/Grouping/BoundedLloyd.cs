using System.Collections.Concurrent;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Clustering.Grouping;

/// <summary>
/// Lloyd iterations that skip rows whose nearest centre cannot have changed (Hamerly's bounds). Each row keeps an
/// upper bound on its distance to its own centre and a lower bound on its distance to every other; when centres
/// move a little, most rows are provably where they were and cost nothing. Assignments are those of a full scan.
/// </summary>
public static class BoundedLloyd
{
    /// <summary>Lloyd iterations from given centroids (k * width floats, unit length), then one exact assignment.</summary>
    public static KMeansResult Refine(FeatureMatrix x, int[] rows, float[] centroids, int k, KMeansSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(centroids);
        ArgumentNullException.ThrowIfNull(settings);
        var bounds = new Bounds(x, rows, centroids, k);
        var similarities = new float[rows.Length];
        var previous = new float[centroids.Length];
        var before = new int[rows.Length];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        for (var iteration = 0; iteration < settings.MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var full = iteration == 0;
            bounds.MeasureCentroids();
            var changed = 0;
            Parallel.ForEach(Partitioner.Create(0, rows.Length, Math.Max(256, rows.Length / 16)), options, range =>
                Interlocked.Add(ref changed, bounds.Assign(range.Item1, range.Item2, full)));
            centroids.CopyTo(previous, 0);
            bounds.Assignments.CopyTo(before, 0);
            SphericalKMeans.Update(x, rows, centroids, k, bounds.Assignments, () => ExactSimilarities(x, rows, centroids, bounds.Assignments, similarities));
            if (changed <= settings.Tolerance * rows.Length)
            {
                break;
            }

            bounds.Loosen(previous, before);
        }

        SphericalKMeans.Assign(x, rows, centroids, k, bounds.Assignments, similarities, cancellationToken);
        return new KMeansResult(bounds.Assignments, centroids, similarities, k, x.Width);
    }

    private static float[] ExactSimilarities(FeatureMatrix x, int[] rows, float[] centroids, int[] assignments, float[] similarities)
    {
        var width = x.Width;
        for (var r = 0; r < rows.Length; r++)
        {
            similarities[r] = x.Dot(rows[r], centroids.AsSpan(assignments[r] * width, width));
        }

        return similarities;
    }

    // Distances are Euclidean (the triangle inequality needs them); a row without words is shorter than one, so each
    // row's squared length is kept rather than assumed.
    private sealed class Bounds(FeatureMatrix x, int[] rows, float[] centroids, int k)
    {
        private readonly float[] squares = rows.Select(r => Math.Max(0f, x.RowDot(r, r))).ToArray();
        private readonly float[] norms = new float[k];
        private readonly float[] upper = new float[rows.Length];
        private readonly float[] lower = new float[rows.Length];

        public int[] Assignments { get; } = Enumerable.Repeat(-1, rows.Length).ToArray();

        public void MeasureCentroids()
        {
            var width = x.Width;
            for (var c = 0; c < k; c++)
            {
                norms[c] = TensorPrimitives.Dot(centroids.AsSpan(c * width, width), centroids.AsSpan(c * width, width));
            }
        }

        // Optimised from the first call: a summary runs this loop millions of times but calls it only a few times.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Assign(int from, int to, bool full)
        {
            var changed = 0;
            for (var r = from; r < to; r++)
            {
                if (!full)
                {
                    if (upper[r] <= lower[r])
                    {
                        continue;
                    }

                    upper[r] = Distance(r, Assignments[r]);
                    if (upper[r] <= lower[r])
                    {
                        continue;
                    }
                }

                var (best, nearest, runnerUp) = (0, float.PositiveInfinity, float.PositiveInfinity);
                for (var c = 0; c < k; c++)
                {
                    var d = Distance(r, c);
                    if (d < nearest)
                    {
                        (best, nearest, runnerUp) = (c, d, nearest);
                    }
                    else if (d < runnerUp)
                    {
                        runnerUp = d;
                    }
                }

                changed += Assignments[r] == best ? 0 : 1;
                (Assignments[r], upper[r], lower[r]) = (best, nearest, runnerUp);
            }

            return changed;
        }

        // Centres moved: a row's own centre may now be up to its drift further away, any other up to the largest drift
        // nearer. A row moved into an empty cluster by the update has bounds about its old cluster, so it looks again.
        public void Loosen(float[] previous, int[] before)
        {
            var width = x.Width;
            var drift = new float[k];
            for (var c = 0; c < k; c++)
            {
                drift[c] = TensorPrimitives.Distance(previous.AsSpan(c * width, width), centroids.AsSpan(c * width, width));
            }

            var largest = drift.Length == 0 ? 0 : drift.Max();
            var farthest = Array.IndexOf(drift, largest);
            var second = drift.Where((_, c) => c != farthest).DefaultIfEmpty(0f).Max();
            for (var r = 0; r < rows.Length; r++)
            {
                (upper[r], lower[r]) = Assignments[r] != before[r]
                    ? (float.PositiveInfinity, 0f)
                    : (upper[r] + drift[Assignments[r]], lower[r] - (Assignments[r] == farthest ? second : largest));
            }
        }

        private float Distance(int r, int c)
        {
            var width = x.Width;
            return MathF.Sqrt(Math.Max(0f, squares[r] + norms[c] - (2 * x.Dot(rows[r], centroids.AsSpan(c * width, width)))));
        }
    }
}
