using System.Reflection;

namespace Lutetia.Domain;

/// <summary>
/// Two-way mapping between an enumeration and its codes in the cohort format
/// (<c>SmallIntestine</c> ↔ <c>small_intestine</c>). Parsing is case-insensitive and trims spaces,
/// as the format requires.
/// </summary>
public static class Codes<TEnum> where TEnum : struct, Enum
{
    private static readonly TEnum[] Members = Enum.GetValues<TEnum>();
    private static readonly string[] CodeOf = Members.Select(CodeFor).ToArray();
    private static readonly Dictionary<string, TEnum> ByCode =
        Members.Zip(CodeOf).ToDictionary(p => p.Second, p => p.First, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByCode.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every code, in declaration order (the order the specification lists them).</summary>
    public static IReadOnlyList<string> All => CodeOf;

    public static string ToCode(TEnum value) => CodeOf[Array.IndexOf(Members, value)];

    public static bool TryParse(ReadOnlySpan<char> text, out TEnum value) =>
        Lookup.TryGetValue(text.Trim(), out value);

    /// <summary>The codes joined for a message: <c>ileum, jejunum or other</c>.</summary>
    public static string Listing() =>
        CodeOf.Length == 1 ? CodeOf[0] : string.Join(", ", CodeOf[..^1]) + " or " + CodeOf[^1];

    private static string CodeFor(TEnum value)
    {
        var name = value.ToString();
        var field = typeof(TEnum).GetField(name)!;
        if (field.GetCustomAttribute<CodeAttribute>() is { } attribute)
            return attribute.Code;
        return Naming.SnakeCase(name);
    }
}
