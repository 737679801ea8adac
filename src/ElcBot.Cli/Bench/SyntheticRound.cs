using ElcBot.Core.Contributions;
using ElcBot.Core.Themes;

namespace ElcBot.Cli.Bench;

/// <summary>A made-up round for timing: contributions on a few dozen topics, each with words and a stored vector.</summary>
/// <remarks>Vectors are topic centres plus noise, so clustering has real structure to find; nothing here is real data.</remarks>
public static class SyntheticRound
{
    private const int Topics = 30;
    private const int Dimensions = 384;

    private static readonly string[] Words =
    [
        "parking", "waiting", "nurse", "appointment", "phone", "letter", "kind", "quiet", "evening", "weekend",
        "transport", "carer", "respite", "pharmacy", "referral", "interpreter", "ramp", "online", "booking", "clinic",
        "listening", "follow", "discharge", "medication", "community", "group", "walk", "garden", "music", "childcare",
    ];

    public static IEnumerable<Contribution> Make(string roundId, int count, int seed)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, Topics).Select(_ => Unit(Enumerable.Range(0, Dimensions).Select(_ => (float)Gaussian(random)).ToArray())).ToArray();
        var roles = Enum.GetValues<ContributorRole>();
        var consents = Enum.GetValues<ConsentLevel>();
        for (var i = 0; i < count; i++)
        {
            var topic = random.Next(Topics);
            var vector = Unit(centres[topic].Select(v => v + (float)(0.08 * Gaussian(random))).ToArray());
            var text = $"More {Words[topic]} and better {Words[(topic + 7) % Words.Length]} would help, with {Words[random.Next(Words.Length)]} too.";
            var id = $"c{i:D6}";
            yield return new Contribution(
                roundId, id, i % 3 == 0 ? ContributionKind.Story : ContributionKind.Idea, text, roles[random.Next(roles.Length)],
                consents[random.Next(consents.Length)], $"person{random.Next(count / 3 + 1)}", null, null, DateTimeOffset.UtcNow, id,
                VectorCodec.Encode(vector));
        }
    }

    private static float[] Unit(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
