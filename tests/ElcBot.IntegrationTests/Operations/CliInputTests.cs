using ElcBot.Cli.Bench;
using ElcBot.Cli.Bench.Load;
using ElcBot.IntegrationTests.Shipping;

namespace ElcBot.IntegrationTests.Operations;

/// <summary>The operator CLI, run as a person runs it, given input it cannot use: one plain line, never a stack trace.</summary>
public sealed class CliInputTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elcbot-cli-");

    [Theory]
    [InlineData("comment,label\nThe nurses were kind,Staff\nParking was hard,Environment\n", "Column 'text' is not in {0}; it has: comment, label.")]
    [InlineData("text,label\nThe nurses were kind,Staff\nThe doctor listened,Staff\n", "{0} has 2 texts, all labelled 'Staff'; scoring needs at least two labels.")]
    [InlineData("", "{0} is empty; it needs a header row naming its columns.")]
    public async Task Should_say_in_one_line_what_to_change_when_bench_themes_cannot_score_a_file(string content, string expected)
    {
        var data = Path.Combine(_folder.FullName, "feedback.csv");
        await File.WriteAllTextAsync(data, content);

        var result = await RunAsync("bench", "themes", "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("That did not work: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, data), result.Errors.Trim());
    }

    [Fact]
    public async Task Should_score_a_tiny_file_whose_texts_share_no_word()
    {
        var data = Path.Combine(_folder.FullName, "tiny.csv");
        await File.WriteAllTextAsync(data, "text,label\nThe nurses were kind,Staff\nParking cost too much,Environment\nNothing,Couldn't be improved\n");

        var result = await RunAsync("bench", "themes", "--data", data, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = System.Text.Json.Nodes.JsonNode.Parse(result.Output.Trim().Split('\n')[^1])!;
        Assert.Equal(3, report["rows"]!.GetValue<int>());
        Assert.Equal(["engine-auto", "engine-true-k", "tfidf-kmeans"], report["methods"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()));
        Assert.Equal(1, report["methods"]![2]!["clusters"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("summary", "--verbose", "Unknown option --verbose.")]
    [InlineData("summary", "--contributions many", "--contributions needs a positive whole number.")]
    [InlineData("summary", "--contributions 0", "--contributions needs a positive whole number.")]
    [InlineData("load", "--people 5 --seconds", "--seconds needs a positive whole number.")]
    [InlineData("themes", "--data x.csv --seed x", "--seed needs a whole number.")]
    public async Task Should_show_how_to_use_a_bench_instead_of_running_it_when_an_option_is_wrong(string bench, string options, string problem)
    {
        var result = await RunAsync(["bench", bench, .. options.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        var usage = bench switch { "summary" => SummaryArguments.Usage, "load" => LoadArguments.Usage, _ => BenchArguments.Usage };
        Assert.Equal($"{problem}\n{usage}", result.Errors.Trim().ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("import --round r1 --file a.csv --dry-run", "Unknown option --dry-run.", "import --round ROUND --file FILE.csv")]
    [InlineData("import --round --file a.csv", "--round needs a value.", "import --round ROUND --file FILE.csv")]
    [InlineData("export --round r1 --out a.csv", "Unknown option --out.", "export --round ROUND --file out.csv")]
    public async Task Should_name_the_wrong_option_and_touch_nothing_when_import_or_export_is_given_one(string command, string problem, string usage)
    {
        var result = await RunAsync(command.Split(' '));

        Assert.Equal(2, result.ExitCode);
        var lines = result.Errors.Trim().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(problem, lines[0]);
        Assert.StartsWith("Usage: " + usage, lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Theory]
    [InlineData("import --help", "Usage: import --round ROUND --file FILE.csv")]
    [InlineData("export -h", "Usage: export --round ROUND --file out.csv")]
    [InlineData("package --help", "Usage: package [--out <file.zip>]")]
    [InlineData("bench themes --data x.csv --help", "Usage: bench themes --data FILE")]
    [InlineData("bench summary --help", "Usage: " + SummaryArguments.Usage)]
    [InlineData("bench load --help", "Usage: " + LoadArguments.Usage)]
    [InlineData("help bench load-host", "Usage: bench load-host elcbot|echo")]
    [InlineData("help import", "Usage: import --round ROUND --file FILE.csv")]
    public async Task Should_show_how_to_use_a_verb_and_succeed_when_asked_for_help(string command, string usage)
    {
        var result = await RunAsync(command.Split(' '));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(usage, result.Output);
        Assert.Equal(string.Empty, result.Errors);
    }

    [Fact]
    public async Task Should_show_the_verbs_as_an_error_when_given_nothing_to_do()
    {
        var result = await RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("  import ", result.Errors);
    }

    [Fact]
    public async Task Should_list_the_commands_in_a_family_when_given_only_its_first_word()
    {
        var result = await RunAsync("bench");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Unknown command 'bench'. Commands that start with 'bench': bench load, ", result.Errors.Trim());
        Assert.Contains("bench themes.", result.Errors);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private Task<ToolResult> RunAsync(params string[] arguments) =>
        ToolProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "ElcBot.Cli.dll"), .. arguments], _folder.FullName, CancellationToken.None);
}
