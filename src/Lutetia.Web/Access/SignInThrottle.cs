using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Lutetia.Web.Access;

/// <summary>
/// Wrong passwords (at sign-in and when signing a record lock) counted per client
/// address, in memory, over a sliding window of <see cref="Window"/>. An address that gave
/// <see cref="PerAccount"/> wrong passwords for one e-mail, or <see cref="PerAddress"/> for any, is
/// refused before any password is checked until the oldest of them is a window old. With the
/// account's own lockout at 10 failures (<c>UserAccounts.Configure</c>), one address can never lock
/// an account out, which is what made the lockout a lever against the coordinator; guessing spread
/// over many addresses still meets that lockout (docs/security.md, "Sessions and sign-in").
/// An IPv6 address counts by its /64 prefix (what one subscriber usually holds).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int PerAccount = 5;
    public const int PerAddress = 30;
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the address must wait before trying <paramref name="email"/> again, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(IPAddress? address, string email)
    {
        var now = clock.GetUtcNow();
        var wait = TimeSpan.FromTicks(Math.Max(Wait(PairKey(address, email), PerAccount, now).Ticks, Wait(AddressKey(address), PerAddress, now).Ticks));
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>Counts a wrong password (or an unknown or locked account: they look the same) from the address.</summary>
    public void Failed(IPAddress? address, string email)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > PruneAbove)
            Prune(now);
        Add(PairKey(address, email), now);
        Add(AddressKey(address), now);
    }

    /// <summary>A right password clears that address's count for the account (not its count over all accounts).</summary>
    public void Succeeded(IPAddress? address, string email) => _failures.TryRemove(PairKey(address, email), out _);

    /// <summary>What the page says to a throttled address: the same whether the account exists or not.</summary>
    public static string Message(TimeSpan wait) =>
        "Too many wrong passwords from your network for this e-mail address: signing in (and signing records) with it is paused here for " +
        $"{Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)).ToString(CultureInfo.InvariantCulture)} minute(s). Wait, then try again; the coordinator can help.";

    private TimeSpan Wait(string key, int limit, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
            return TimeSpan.Zero;
        lock (times)
        {
            Expire(times, now);
            return times.Count >= limit ? times.Peek() + Window - now : TimeSpan.Zero;
        }
    }

    private void Add(string key, DateTimeOffset now)
    {
        var times = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            Expire(times, now);
            times.Enqueue(now);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, times) in _failures)
        {
            lock (times)
            {
                Expire(times, now);
                if (times.Count == 0)
                    _failures.TryRemove(key, out _);
            }
        }
    }

    private static void Expire(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + Window <= now)
            times.Dequeue();
    }

    private static string PairKey(IPAddress? address, string email) =>
        AddressKey(address) + "|" + email.Trim().ToUpperInvariant();

    private static string AddressKey(IPAddress? address)
    {
        if (address is null)
            return "unknown";
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
