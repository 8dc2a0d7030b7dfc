using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// The cell rules of the cohort format (cohort-format.md, "General rules"), each returning what is
/// wrong and how to fix it. Inputs are already trimmed and non-empty.
/// </summary>
public static class FieldRules
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static FieldIssue RequiredIssue(string column) =>
        new("required", $"{column} is required and is empty", $"enter a value for {column}");

    public static bool TryIdentifier(ReadOnlySpan<char> text, out FieldIssue issue)
    {
        if (Identifier.IsValid(text))
        {
            issue = default;
            return true;
        }
        issue = new("identifier",
            text.Length > Identifier.MaximumLength
                ? $"an identifier has at most {Identifier.MaximumLength} characters"
                : "an identifier may only hold the letters A–Z and a–z, digits, _ and -",
            "use a short pseudonym such as P-017; never a name, a hospital record number or a national ID");
        return false;
    }

    /// <summary>
    /// The text rule (docs/intake.md, "Text"): no control character (a line break, a tab, any
    /// C0/C1 control), and no first character that makes a spreadsheet read the cell as a formula
    /// (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>: OWASP, CSV injection). Every free-text field of every
    /// form and import obeys it.
    /// </summary>
    public static bool TryText(ReadOnlySpan<char> text, out FieldIssue issue)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                issue = new("text", "the text holds a control character (a line break, a tab or an invisible control code)",
                    "keep the value on one line, without tabs, and retype it if it was pasted");
                return false;
            }
        }
        if (!text.IsEmpty && FormulaLead.Contains(text[0]))
        {
            issue = new("text", $"the text begins with \"{text[0]}\", which a spreadsheet reads as the start of a formula",
                "begin the text with a letter or a digit (write \"minus\" or \"at\" in words, or reword it)");
            return false;
        }
        issue = default;
        return true;
    }

    /// <summary>The characters that start a formula in Excel, LibreOffice and Google Sheets (tab and CR are control characters).</summary>
    public const string FormulaLead = "=+-@";

    /// <summary>A value longer than its column's declared length (<see cref="FieldSpec.MaximumLength"/>).</summary>
    public static bool TryLength(ReadOnlySpan<char> text, FieldSpec spec, out FieldIssue issue)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (text.Length <= spec.MaximumLength)
        {
            issue = default;
            return true;
        }
        issue = new("length", string.Create(CultureInfo.InvariantCulture,
                $"{spec.Name} has {text.Length:N0} characters; at most {spec.MaximumLength:N0} are allowed"),
            string.Create(CultureInfo.InvariantCulture, $"shorten the value to {spec.MaximumLength:N0} characters or fewer"));
        return false;
    }

    public static bool TryDate(ReadOnlySpan<char> text, out DateOnly date, out FieldIssue issue)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && IsoDate.TryParse(text, out date))
        {
            issue = default;
            return true;
        }
        date = default;
        issue = new("date", "not a valid ISO 8601 date", "write the date as YYYY-MM-DD, for example 2019-03-04, and check that the day exists");
        return false;
    }

    public static bool TryBoolean(ReadOnlySpan<char> text, out bool value, out FieldIssue issue)
    {
        issue = default;
        if (text.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }
        if (text.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            value = false;
            return true;
        }
        value = false;
        issue = new("boolean", "not yes or no", "write yes or no, or leave the cell empty when unknown");
        return false;
    }

    public static bool TryCode(ReadOnlySpan<char> text, IReadOnlyList<string> codes, out FieldIssue issue)
    {
        foreach (var code in codes)
        {
            if (text.Equals(code, StringComparison.OrdinalIgnoreCase))
            {
                issue = default;
                return true;
            }
        }
        issue = CodeIssue(codes);
        return false;
    }

    public static bool TryEnum<TEnum>(ReadOnlySpan<char> text, out TEnum value, out FieldIssue issue)
        where TEnum : struct, Enum
    {
        if (Codes<TEnum>.TryParse(text, out value))
        {
            issue = default;
            return true;
        }
        issue = CodeIssue(Codes<TEnum>.All);
        return false;
    }

    public static bool TryInteger(ReadOnlySpan<char> text, FieldSpec spec, out int value, out FieldIssue issue)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            issue = new("integer", "not a whole number", $"write a whole number ({spec.RangeText()}) with no decimal point");
            return false;
        }
        return InRange(value, spec, out issue);
    }

    public static bool TryDecimal(ReadOnlySpan<char> text, FieldSpec spec, out decimal value, out FieldIssue issue)
    {
        if (!decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out value))
        {
            issue = new("number", "not a number",
                "write the number with a decimal point and no thousands separator, for example 12.5 (not 12,5)");
            return false;
        }
        return InRange(value, spec, out issue);
    }

    private static bool InRange(decimal value, FieldSpec spec, out FieldIssue issue)
    {
        var below = spec.Minimum is { } min && (spec.MinimumExclusive ? value <= min : value < min);
        var above = spec.Maximum is { } max && value > max;
        if (below || above)
        {
            issue = new("range", $"out of range: {spec.Name} must be {spec.RangeText()}",
                $"check the value; {spec.Name} must be {spec.RangeText()}");
            return false;
        }
        issue = default;
        return true;
    }

    private static FieldIssue CodeIssue(IReadOnlyList<string> codes)
    {
        var listing = codes.Count == 1 ? codes[0] : string.Join(", ", codes.Take(codes.Count - 1)) + " or " + codes[^1];
        return new("enumeration", "not one of the allowed values", $"write one of {listing}");
    }
}
