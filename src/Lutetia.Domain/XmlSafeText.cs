namespace Lutetia.Domain;

/// <summary>
/// Text as an XML file can hold it (the .xlsx and ODM exports): a character XML 1.0 forbids — a
/// control character other than tab, line feed and carriage return, a lone surrogate, U+FFFE or
/// U+FFFF — is replaced by U+FFFD, the replacement character. The forms and imports refuse control
/// characters (the format's text rule); this keeps a value stored before that rule from making an
/// export fail (docs/security.md).
/// </summary>
public static class XmlSafeText
{
    public const char Replacement = '\uFFFD';

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bad = FirstInvalid(text);
        if (bad < 0)
            return text;
        var chars = text.ToCharArray();
        for (var i = bad; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                i++;
            else if (!IsAllowed(chars[i]))
                chars[i] = Replacement;
        }
        return new string(chars);
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (!IsAllowed(text[i]))
                return i;
        }
        return -1;
    }

    /// <summary>XML 1.0 §2.2 Char, for one UTF-16 unit that is not part of a surrogate pair.</summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
