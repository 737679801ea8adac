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
    public async Task Should_refuse_a_label_file_beside_a_table_that_has_its_own_labels()
    {
        var data = Path.Combine(_folder.FullName, "feedback.csv");
        var labels = Path.Combine(_folder.FullName, "labels.txt");
        await File.WriteAllTextAsync(data, "text,label\nThe nurses were kind,Staff\nParking was hard,Environment\n");
        await File.WriteAllTextAsync(labels, "1\n2\n");

        var result = await RunAsync("bench", "themes", "--data", data, "--label-file", labels);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("That did not work: --label-file goes with a .txt data file. feedback.csv is a table: name its label column with --label-column instead.", result.Errors.Trim());
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

    [Theory]
    [InlineData("voices.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "{0} is a spreadsheet workbook, not a CSV file. In Excel, choose File > Save As and the type 'CSV UTF-8 (Comma delimited)', then try again.")]
    [InlineData("voices.csv", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1 }, "{0} is a spreadsheet workbook, not a CSV file. In Excel, choose File > Save As and the type 'CSV UTF-8 (Comma delimited)', then try again.")]
    [InlineData("voices.csv", new byte[] { 0x74, 0x65, 0x78, 0x74, 0x0A, 0x49, 0x92, 0x6D, 0x0A }, "Line 2 of {0} is not written as UTF-8, so letters such as ’ or é would be read wrongly. In Excel, choose File > Save As and the type 'CSV UTF-8 (Comma delimited)', then try again.")]
    public async Task Should_say_how_to_save_it_again_when_import_is_given_a_file_that_is_not_utf8_csv(string name, byte[] content, string expected)
    {
        var file = Path.Combine(_folder.FullName, name);
        await File.WriteAllBytesAsync(file, content);

        var result = await RunAsync("import", "--round", "r1", "--file", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, file), result.Errors.Trim());
    }

    [Fact]
    public async Task Should_say_a_workbook_is_not_csv_when_bench_themes_is_given_one()
    {
        var file = Path.Combine(_folder.FullName, "feedback.xlsx");
        await File.WriteAllBytesAsync(file, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);

        var result = await RunAsync("bench", "themes", "--data", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"That did not work: {file} is a spreadsheet workbook, not a CSV file.", result.Errors.Trim());
    }

    [Fact]
    public async Task Should_ask_for_the_file_inside_when_import_is_given_a_folder()
    {
        var result = await RunAsync("import", "--round", "r1", "--file", _folder.FullName);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{_folder.FullName} is a folder; give the file inside it.", result.Errors.Trim());
    }

    [Fact]
    public async Task Should_refuse_before_reading_storage_when_export_cannot_write_where_it_is_told()
    {
        var missing = Path.Combine(_folder.FullName, "no-such-folder", "out.csv");

        var intoMissingFolder = await RunAsync("export", "--round", "r1", "--file", missing);
        var ontoFolder = await RunAsync("export", "--round", "r1", "--file", _folder.FullName);

        Assert.Equal(2, intoMissingFolder.ExitCode);
        Assert.Equal($"The folder {Path.GetDirectoryName(missing)} does not exist; make it first, or choose another.", intoMissingFolder.Errors.Trim());
        Assert.Equal(2, ontoFolder.ExitCode);
        Assert.Equal($"{_folder.FullName} is a folder; give a file name, such as {Path.Combine(_folder.FullName, "out.csv")}.", ontoFolder.Errors.Trim());
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
