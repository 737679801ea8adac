using ElcBot.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let long tasks stop cleanly at their next cancellation check.
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    return await CliApp.RunAsync(args, cancellation.Token).ConfigureAwait(false);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Stopped.");
    return 130;
}
catch (Exception ex)
{
    // A missing tool, storage that does not answer, a folder it cannot write, a data file without the named column:
    // the operator needs the reason in one line, not a stack trace.
    return CliFailure.Report(ex, Console.Error);
}
