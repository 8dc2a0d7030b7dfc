using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Lutetia.Web.Tests;

/// <summary>Every log entry of the application (category, message, structured fields), as a JSON formatter would receive it.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public sealed record Entry(string Category, string Message, IReadOnlyDictionary<string, string> Fields);

    public ConcurrentQueue<Entry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")
                : [];
            owner.Entries.Enqueue(new Entry(category, formatter(state, exception), fields));
        }
    }
}
