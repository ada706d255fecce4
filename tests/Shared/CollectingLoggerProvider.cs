using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OneDriveGen.Tests.Shared;

/// <summary>Keeps every formatted log message (and exception) so tests can assert what was, and was not, logged.</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Collector(Messages);

    public void Dispose()
    {
    }

    private sealed class Collector(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
    }
}
