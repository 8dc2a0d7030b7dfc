using Lutetia.Storage;

namespace Lutetia.Web.Tests;

/// <summary>
/// One application with the test cohort per test class and database kind, started on first use
/// (so that a missing PostgreSQL fails the tests that need it, with the message saying how to start it).
/// </summary>
public abstract class AppFixture(DatabaseProvider provider) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private LutetiaAppFactory? _app;

    public DatabaseProvider Provider { get; } = provider;

    public async Task<LutetiaAppFactory> AppAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _app ??= await LutetiaAppFactory.StartAsync(Provider);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }
}
