using Lutetia.Storage;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Web.Tests;

/// <summary>Identity's password hasher, counting the hashes it computes (a hash or a check: the same PBKDF2 work).</summary>
public sealed class CountingHasher : IPasswordHasher<LutetiaUser>
{
    private readonly PasswordHasher<LutetiaUser> _hasher = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public string HashPassword(LutetiaUser user, string password)
    {
        Interlocked.Increment(ref _count);
        return _hasher.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(LutetiaUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _count);
        return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
