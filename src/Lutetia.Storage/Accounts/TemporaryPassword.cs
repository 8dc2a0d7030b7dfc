using System.Security.Cryptography;

namespace Lutetia.Storage;

/// <summary>
/// The one-time password of a reset: 16 characters drawn by the system's cryptographic generator from
/// 31 letters and digits that cannot be mistaken for one another when read aloud or copied from a
/// screen (no 0/o, 1/l/i), in groups of four: 79 bits, far past any guessing under the lockout,
/// 19 characters with the dashes — so it meets the password rule and is no common password.
/// </summary>
public static class TemporaryPassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string Generate()
    {
        var groups = new string[4];
        for (var g = 0; g < groups.Length; g++)
            groups[g] = RandomNumberGenerator.GetString(Alphabet, 4);
        return string.Join('-', groups);
    }
}
