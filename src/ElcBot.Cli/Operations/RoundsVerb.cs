using System.Globalization;
using ElcBot.Core.Rounds;

namespace ElcBot.Cli.Operations;

/// <summary>`rounds`: every round with its id, so the operator has the ROUND that import and export ask for.</summary>
/// <remarks>Round ids are made by the bot and shown nowhere in Teams, so without this list they could only be read from storage.</remarks>
public sealed class RoundsVerb : ICliVerb
{
    private const int QuestionWidth = 60;

    public string Name => "rounds";

    public string Summary => "List every round, newest first, with the id that import and export need.";

    public string Usage => "rounds";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            Console.Error.WriteLine($"Unknown option {args[0]}.\nUsage: {Usage}");
            return 2;
        }

        await using var services = await OperatorServices.StartAsync(cancellationToken).ConfigureAwait(false);
        var rounds = await services.Get<IRoundStore>().ListAllAsync(cancellationToken).ConfigureAwait(false);
        if (rounds.Count == 0)
        {
            Console.WriteLine("There are no rounds yet. A facilitator starts one in Teams by typing 'start round'.");
            return 0;
        }

        Console.WriteLine($"{"id",-32}  {"state",-6}  {"started",-10}  {"stage",-8}  question");
        foreach (var round in rounds)
        {
            var started = round.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Console.WriteLine($"{round.Id,-32}  {(round.IsOpen ? "open" : "closed"),-6}  {started,-10}  {round.Stage,-8}  {Shortened(round.Question)}");
        }

        Console.WriteLine($"{rounds.Count} round(s). Use an id with import or export, for example: export --round {rounds[0].Id} --file out.csv");
        return 0;
    }

    private static string Shortened(string question)
    {
        var oneLine = question.ReplaceLineEndings(" ");
        return oneLine.Length <= QuestionWidth ? oneLine : string.Concat(oneLine.AsSpan(0, QuestionWidth - 3), "...");
    }
}
