using System.Collections.Concurrent;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Clustering.Grouping;

/// <summary>
/// Lloyd iterations that skip distances which cannot change a row's nearest centre (Elkan's bounds). Each row keeps an
/// upper bound on its distance to its own centre and a lower bound on its distance to each other; when centres
/// move a little, most distances are provably too large to matter and cost nothing. Assignments are those of a full scan.
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
    // row's squared length is kept rather than assumed. Each row keeps a lower bound for every centre (Elkan's bounds):
    // cosines on sentence embeddings sit close together, and one shared bound for "every other centre" (Hamerly's)
    // skipped only two rows in five.
    private sealed class Bounds(FeatureMatrix x, int[] rows, float[] centroids, int k)
    {
        private readonly float[] squares = rows.Select(r => Math.Max(0f, x.RowDot(r, r))).ToArray();
        private readonly float[] norms = new float[k];
        private readonly float[] upper = new float[rows.Length];
        private readonly float[] lower = new float[rows.Length * k];

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
                var before = Assignments[r];
                var (own, distance) = full || before < 0 ? Scan(r) : Recheck(r, before);
                changed += own == before ? 0 : 1;
                (Assignments[r], upper[r]) = (own, distance);
            }

            return changed;
        }

        // Centres moved: a row's own centre may now be up to its drift further away, and every other up to its own
        // drift nearer. A row moved into an empty cluster by the update has bounds about its old cluster: look again.
        public void Loosen(float[] previous, int[] before)
        {
            var width = x.Width;
            var drift = new float[k];
            for (var c = 0; c < k; c++)
            {
                drift[c] = TensorPrimitives.Distance(previous.AsSpan(c * width, width), centroids.AsSpan(c * width, width));
            }

            for (var r = 0; r < rows.Length; r++)
            {
                var bounds = lower.AsSpan(r * k, k);
                if (Assignments[r] != before[r])
                {
                    upper[r] = float.PositiveInfinity;
                    bounds.Clear();
                    continue;
                }

                upper[r] += drift[Assignments[r]];
                TensorPrimitives.Subtract(bounds, drift, bounds);
            }
        }

        private (int Own, float Distance) Scan(int r)
        {
            var bounds = lower.AsSpan(r * k, k);
            var (best, nearest) = (0, float.PositiveInfinity);
            for (var c = 0; c < k; c++)
            {
                bounds[c] = Distance(r, c);
                if (bounds[c] < nearest)
                {
                    (best, nearest) = (c, bounds[c]);
                }
            }

            return (best, nearest);
        }

        // Only centres whose lower bound is under the row's distance to its own can be nearer; the own distance is made
        // exact the first time such a centre turns up.
        private (int Own, float Distance) Recheck(int r, int own)
        {
            var bounds = lower.AsSpan(r * k, k);
            var (distance, exact) = (upper[r], false);
            for (var c = 0; c < k; c++)
            {
                if (c == own || bounds[c] >= distance)
                {
                    continue;
                }

                if (!exact)
                {
                    (distance, exact) = (Distance(r, own), true);
                    bounds[own] = distance;
                    if (bounds[c] >= distance)
                    {
                        continue;
                    }
                }

                bounds[c] = Distance(r, c);
                if (bounds[c] < distance || (bounds[c] == distance && c < own))
                {
                    (own, distance) = (c, bounds[c]);
                }
            }

            return (own, distance);
        }

        private float Distance(int r, int c)
        {
            var width = x.Width;
            return MathF.Sqrt(Math.Max(0f, squares[r] + norms[c] - (2 * x.Dot(rows[r], centroids.AsSpan(c * width, width)))));
        }
    }
}
