using ElcBot.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let long tasks stop cleanly at their next cancellation check.
    e.Cancel = true;
    cancellation.Cancel();
};
return await CliApp.RunAsync(args, cancellation.Token).ConfigureAwait(false);
