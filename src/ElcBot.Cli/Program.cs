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
catch (Exception ex) when (ex is InvalidOperationException or IOException or InvalidDataException or UnauthorizedAccessException or TimeoutException)
{
    // Something about this machine, its set-up or a file it was given (a missing tool, a busy port, a folder it cannot
    // write, a data file without the named column): the operator needs the reason, not a stack trace.
    Console.Error.WriteLine($"That did not work: {ex.Message}");
    return 1;
}
