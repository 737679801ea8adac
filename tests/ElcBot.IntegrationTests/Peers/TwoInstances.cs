using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ElcBot.IntegrationTests.Peers;

/// <summary>
/// Two instances of the service's storage sharing one Azurite and one clock the test moves: for what one instance keeps
/// for a moment and how soon it sees the other's changes.
/// </summary>
public abstract class TwoInstances : IAsyncLifetime
{
    private StorageServices _here = null!;
    private StorageServices _elsewhere = null!;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected T OnThisInstance<T>()
        where T : notnull => _here.Get<T>();

    protected T OnTheOther<T>()
        where T : notnull => _elsewhere.Get<T>();

    public async Task InitializeAsync()
    {
        _here = await StorageServices.StartAsync((services, _) => services.AddSingleton<TimeProvider>(Time));
        _elsewhere = await StorageServices.StartAsync((services, _) => services.AddSingleton<TimeProvider>(Time), _here.TablePrefix);
    }

    public async Task DisposeAsync()
    {
        await _here.DisposeAsync();
        await _elsewhere.DisposeAsync();
    }
}
