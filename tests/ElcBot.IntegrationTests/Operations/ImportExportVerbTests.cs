using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;
using ElcBot.IntegrationTests.Shipping;

namespace ElcBot.IntegrationTests.Operations;

/// <summary>`import` then `export`, run as an operator runs them: separate processes on the same tables.</summary>
public sealed class ImportExportVerbTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elcbot-import-");
    private StorageServices _storage = null!;
    private string _connectionString = null!;

    public async Task InitializeAsync()
    {
        _storage = await StorageServices.StartAsync();
        _connectionString = await SharedAzurite.ConnectionStringAsync();
        await _storage.Get<IRoundStore>().TryOpenAsync(
            new Round("round-1", "19:c@thread.tacv2", "tenant", "team", "What would help?", ElcStage.Discover, null, true, DateTimeOffset.UtcNow),
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Should_import_a_workshop_sheet_once_and_export_it_with_everyone_s_words()
    {
        var sheet = Path.Combine(_folder.FullName, "workshop.csv");
        await File.WriteAllTextAsync(sheet, "text,kind,role,consent\nA drop-in clinic on Saturdays,idea,carer,may quote\nThe receptionist knew my name,story,uses services,themes only\n");
        var exported = Path.Combine(_folder.FullName, "round-1.csv");

        var first = await RunAsync("import", "--round", "round-1", "--file", sheet);
        var again = await RunAsync("import", "--round", "round-1", "--file", sheet);
        var export = await RunAsync("export", "--round", "round-1", "--file", exported);
        var exportAgain = await RunAsync("export", "--round", "round-1", "--file", "round-1.csv");

        Assert.True(first.ExitCode == 0, first.ToString());
        var summary = first.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, summary.Length);
        Assert.Equal("Imported 2 new, 0 already there, 0 line(s) not taken.", summary[0]);
        Assert.StartsWith("Prepared 2 for finding themes in ", summary[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Storing rows", first.Errors, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Imported 0 new, 2 already there, 0 line(s) not taken.", again.Output);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal($"Wrote 2 stories and ideas to {exported} (no summary yet, so no themes).", export.Output.Trim());
        Assert.True(exportAgain.ExitCode == 0, exportAgain.ToString());
        Assert.Equal($"Wrote 2 stories and ideas to {exported} (no summary yet, so no themes). It replaced the file that was there.", exportAgain.Output.Trim());
        var written = await File.ReadAllTextAsync(exported);
        Assert.Contains("A drop-in clinic on Saturdays", written);
        Assert.Contains("The receptionist knew my name", written);
    }

    [Fact]
    public async Task Should_show_rows_being_stored_on_standard_error_and_end_that_line_before_the_summary()
    {
        var sheet = Path.Combine(_folder.FullName, "survey.csv");
        await File.WriteAllLinesAsync(sheet, ["text,kind,role,consent", .. Enumerable.Range(1, 1050).Select(i => $"Answer number {i} from the survey,idea,carer,themes only")]);

        var result = await RunAsync("import", "--round", "round-1", "--file", sheet);

        Assert.True(result.ExitCode == 0, result.ToString());
        var shown = Enumerable.Range(0, 11).Select(hundreds => $"\rStoring rows: {hundreds * 100:N0} of {1050:N0}   ");
        Assert.Contains(string.Concat(shown) + $"\rStoring rows: {1050:N0} of {1050:N0}   " + Environment.NewLine, result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Storing rows: 1 of", result.Errors, StringComparison.Ordinal);
        Assert.StartsWith($"Imported {1050:N0} new, 0 already there, 0 line(s) not taken." + Environment.NewLine, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", result.Output, StringComparison.Ordinal);
        Assert.Equal(1050, (await _storage.Get<IContributionStore>().ListAsync("round-1", null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Should_export_a_file_excel_reads_as_utf8_and_import_it_again_with_phone_typed_quotes_intact()
    {
        const string quoted = "I’m told “wait” every time I ring";
        var sheet = Path.Combine(_folder.FullName, "phone.csv");
        await File.WriteAllTextAsync(sheet, $"text,kind,role,consent\n\"{quoted.Replace("\"", "\"\"", StringComparison.Ordinal)}\",story,carer,may quote\nA call back when the line is busy,idea,staff,themes only\n");
        await _storage.Get<IRoundStore>().TryOpenAsync(
            new Round("round-2", "19:d@thread.tacv2", "tenant", "team", "What would help?", ElcStage.Discover, null, true, DateTimeOffset.UtcNow),
            CancellationToken.None);
        var exported = Path.Combine(_folder.FullName, "round-1.csv");

        await RunAsync("import", "--round", "round-1", "--file", sheet);
        var export = await RunAsync("export", "--round", "round-1", "--file", exported);
        var again = await RunAsync("import", "--round", "round-2", "--file", exported);

        Assert.True(export.ExitCode == 0, export.ToString());
        var bytes = await File.ReadAllBytesAsync(exported);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains(quoted, await File.ReadAllTextAsync(exported));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Imported 2 new, 0 already there, 0 line(s) not taken.", again.Output);
        var imported = await _storage.Get<IContributionStore>().ListAsync("round-2", null, CancellationToken.None);
        Assert.Contains(imported, c => c.Text == quoted);
    }

    [Theory]
    [InlineData("round-1", "", "The file is empty.")]
    [InlineData("round-1", "text,kind,consent\nA drop-in clinic on Saturdays,idea,may quote\n", "Missing column(s): role. Expected: text, kind, role, consent.")]
    [InlineData("no-such-round", "text,kind,role,consent\nA drop-in clinic on Saturdays,idea,carer,may quote\n", "There is no round with the id 'no-such-round'. 'rounds' lists the ids there are.")]
    public async Task Should_say_in_one_line_why_nothing_was_imported_when_the_file_or_round_cannot_be_used(string round, string content, string reason)
    {
        var sheet = Path.Combine(_folder.FullName, "voices.csv");
        await File.WriteAllTextAsync(sheet, content);

        var result = await RunAsync("import", "--round", round, "--file", sheet);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Nothing was imported from {sheet}: {reason}", result.Errors.Trim());
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Should_import_a_sheet_with_a_byte_order_mark_and_a_line_break_inside_quotes_and_name_a_short_row()
    {
        var sheet = Path.Combine(_folder.FullName, "excel.csv");
        await File.WriteAllTextAsync(sheet, "text,kind,role,consent\r\n\"First line\r\nsecond line of one story\",story,carer,may quote\r\nA row cut short,idea\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = await RunAsync("import", "--round", "round-1", "--file", sheet);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Imported 1 new, 0 already there, 1 line(s) not taken.", result.Output);
        Assert.True(result.Output.Contains("line 4: The line has 2 of the 4 values the columns need.", StringComparison.Ordinal), result.ToString());
        var stored = await _storage.Get<IContributionStore>().ListAsync("round-1", null, CancellationToken.None);
        Assert.Contains(stored, c => c.Text.StartsWith("First line", StringComparison.Ordinal) && c.Text.EndsWith("second line of one story", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_list_each_round_with_its_id_when_the_operator_needs_one_for_import()
    {
        var result = await RunAsync("rounds");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Trim().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(["id", "state", "started", "stage", "question"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var round = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["round-1", "open", "Discover", "What", "would", "help?"], round.Where((_, i) => i != 2));
        var started = DateOnly.ParseExact(round[2], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - started.DayNumber, 0, 1);
        Assert.Equal("1 round(s). Use an id with import or export, for example: export --round round-1 --file out.csv", lines[^1]);
    }

    // From an empty folder, so no developer's .env is read; the tables are the test's own.
    private Task<ToolResult> RunAsync(params string[] arguments) =>
        ToolProcess.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "ElcBot.Cli.dll"), .. arguments],
            _folder.FullName,
            CancellationToken.None,
            new Dictionary<string, string>
            {
                ["Storage__ConnectionString"] = _connectionString,
                ["Storage__TablePrefix"] = _storage.TablePrefix,
                ["Privacy__ContributorKeySecret"] = "integration-test-secret",
            });
}
