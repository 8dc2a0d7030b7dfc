using System.Collections.Frozen;
using System.Reflection;

namespace Lutetia.Storage;

/// <summary>
/// The list of common passwords shipped with Lutetia (the embedded <c>CommonPasswords.txt</c>, one
/// per line, <c>#</c> comments) and the test a new password must pass: NIST SP 800-63B §3.1.1.2
/// asks verifiers to refuse passwords "obtained from previous breach corpuses" and "dictionary
/// words". Compared case-insensitively, and also once stripped of leading and trailing digits and
/// symbols, with the common letter substitutions undone, and as a repetition of a listed word —
/// so <c>Password2026!</c>, <c>P@ssw0rd-12345</c> and <c>passwordpassword</c> are refused too.
/// </summary>
public static class CommonPasswords
{
    private static readonly FrozenSet<string> Listed = Load();

    public static int Count => Listed.Count;

    /// <summary>Whether <paramref name="password"/> is a listed password or one of its obvious variants.</summary>
    public static bool Contains(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.Trim().ToLowerInvariant();
        var core = lower.Trim(NotLetters(lower));
        foreach (var candidate in (ReadOnlySpan<string>)[lower, core, Unleet(lower), Unleet(core).Trim(NotLetters(Unleet(core)))])
        {
            if (candidate.Length > 0 && (Listed.Contains(candidate) || IsRepetition(candidate)))
                return true;
        }
        return false;
    }

    /// <summary>The characters of <paramref name="text"/> that are not letters: what is stripped from both ends.</summary>
    private static char[] NotLetters(string text) => text.Where(c => !char.IsLetter(c)).Distinct().ToArray();

    /// <summary>@ → a, 0 → o, 1 → i, 3 → e, 4 → a, 5 and $ → s, 7 → t: the substitutions people believe make a word safe.</summary>
    private static string Unleet(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '5' or '$' => 's',
                '7' => 't',
                var c => c,
            };
        }
    });

    /// <summary>A listed word written two or more times (passwordpassword, azertyazerty).</summary>
    private static bool IsRepetition(string text)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            if (text.Length % length != 0)
                continue;
            var unit = text[..length];
            if (Listed.Contains(unit) && string.Concat(Enumerable.Repeat(unit, text.Length / length)) == text)
                return true;
        }
        return false;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lutetia.Storage.Accounts.CommonPasswords.txt")
            ?? throw new InvalidOperationException("the common-password list is not embedded in Lutetia.Storage: the build is broken");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
                words.Add(line.ToLowerInvariant());
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
