namespace ElcBot.Cli;

/// <summary>One operator task. Every non-abstract implementation in this assembly is found by <see cref="CliApp"/>.</summary>
public interface ICliVerb
{
    /// <summary>The words that select it, for example "bench themes".</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>How to call it, shown for --help and after a wrong option.</summary>
    string Usage { get; }

    /// <param name="args">The arguments after the verb's words.</param>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
