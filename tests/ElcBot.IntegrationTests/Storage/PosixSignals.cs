using System.Runtime.InteropServices;

namespace ElcBot.IntegrationTests.Storage;

/// <summary>POSIX kill(2) for the emulator tests: .NET itself can only send SIGKILL to another process.</summary>
internal static class PosixSignals
{
    public const int Interrupt = 2;
    public const int Terminate = 15;
    public const int Continue = 18;
    public const int Stop = 19;

    /// <param name="processId">A process, or the negated id of a process group.</param>
    /// <param name="signal">The signal number.</param>
    /// <returns>0 when it was sent.</returns>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Send(int processId, int signal);
}
