using ElcBot.Clustering.Grouping;

namespace ElcBot.Tests.Clustering;

public sealed class ThemeCountChooserTests
{
    [Fact]
    public void Should_take_the_fewest_themes_within_one_standard_error_when_the_curve_has_a_real_maximum()
    {
        // Rises to its best at 12, then falls to well under 80 % of it: a real maximum.
        var curve = Curve(k => k <= 12 ? 0.02 + (0.01 * k) : 0.14 - (0.01 * (k - 12)), error: 0.015, to: 20);

        Assert.Equal(11, ThemeCountChooser.Pick(curve));
    }

    [Fact]
    public void Should_take_the_best_itself_when_one_sample_gives_no_standard_error()
    {
        var curve = Curve(k => k <= 12 ? 0.02 + (0.01 * k) : 0.14 - (0.01 * (k - 12)), error: 0, to: 20);

        Assert.Equal(12, ThemeCountChooser.Pick(curve));
    }

    [Fact]
    public void Should_take_the_start_of_the_plateau_when_the_curve_never_falls_away()
    {
        // Climbs to 0.10 by k = 10 and creeps on to 0.12: no maximum to speak of, so the first k at 80 % of the best.
        var curve = Curve(k => k <= 10 ? 0.01 * k : 0.10 + (0.0004 * (k - 10)), error: 0.005, to: 60);

        Assert.Equal(10, ThemeCountChooser.Pick(curve));
    }

    [Fact]
    public void Should_start_the_climb_from_the_low_point_when_one_odd_group_lifts_the_first_scores()
    {
        // A high score at 3 groups (one very distinct group set apart) must not count as the plateau's start.
        var curve = Curve(k => k == 3 ? 0.11 : k <= 10 ? 0.01 * k : 0.10 + (0.0004 * (k - 10)), error: 0.005, to: 60);

        Assert.Equal(10, ThemeCountChooser.Pick(curve));
    }

    [Fact]
    public void Should_take_the_peak_when_the_silhouette_shows_clear_structure()
    {
        var curve = Curve(k => k <= 8 ? 0.05 * k : 0.40 - (0.001 * (k - 8)), error: 0.05, to: 30);

        Assert.Equal(8, ThemeCountChooser.Pick(curve));
    }

    private static SilhouettePoint[] Curve(Func<int, double> mean, double error, int to) =>
        Enumerable.Range(3, to - 2).Select(k => new SilhouettePoint(k, mean(k), error)).ToArray();
}
