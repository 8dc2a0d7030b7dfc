namespace Lutetia.Domain;

/// <summary>The identifier rule of the cohort format: 1–64 characters of A–Z a–z 0–9 _ -.</summary>
public static class Identifier
{
    public const int MaximumLength = 64;

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length is 0 or > MaximumLength)
            return false;
        foreach (var c in value)
        {
            var ok = c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '-';
            if (!ok)
                return false;
        }
        return true;
    }
}
