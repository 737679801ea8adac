using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ElcBot.IntegrationTests.Peers;

/// <summary>Keeps every log entry a running host writes at or above a level, to assert on what went wrong inside it.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly LogLevel _minimum;

    private LogCapture(LogLevel minimum) => _minimum = minimum;

    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    /// <summary>Adds a capture to the host's own logger factory (it applies to loggers already handed out too).</summary>
    public static LogCapture AttachTo(BotHost host, LogLevel minimum = LogLevel.Error)
    {
        var capture = new LogCapture(minimum);
        host.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        return capture;
    }

    /// <summary>Adds a capture to a logger factory of the test's own, for a service built without a host.</summary>
    public static LogCapture AttachTo(ILoggerFactory factory, LogLevel minimum)
    {
        var capture = new LogCapture(minimum);
        factory.AddProvider(capture);
        return capture;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= capture._minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                capture.Entries.Enqueue(new CapturedLog(logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}

/// <summary>One log entry.</summary>
public sealed record CapturedLog(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} {Exception?.GetType().Name}: {Exception?.Message}";
}
