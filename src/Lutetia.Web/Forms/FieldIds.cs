using System.Globalization;
using System.Text;

namespace Lutetia.Web.Forms;

/// <summary>
/// The HTML ids of a form's fields, which other pages link to (<c>/patients/P1/cycles#f-prrt_cycles-P1_2F2-activity_gbq</c>):
/// a field's input is <c>f-{table}-{row}-{column}</c>, its message <c>f-{table}-{row}-{column}-error</c>, a
/// table's section <c>t-{table}</c>.
/// <list type="bullet">
/// <item><c>table</c> and <c>column</c> are the cohort format's names (lower-case letters, digits and <c>_</c>; never a <c>-</c>).</item>
/// <item><c>row</c> is the record's key as the audit trail, queries and data-quality issues name it
/// (<see cref="Lutetia.Storage.CohortRow.AuditKey"/>: <c>P1</c>, <c>P1/2</c>, <c>R3</c>), written with
/// <see cref="Row"/>: letters and digits stay, every other character becomes <c>_</c> and its UTF-8 bytes
/// as two upper-case hexadecimal digits each (<c>P1/#3</c> → <c>P1_2F_233</c>). The id therefore uses only
/// <c>A–Z a–z 0–9 _ -</c> (safe in a URL fragment and a CSS selector, unique for distinct keys); a row not yet
/// saved is <c>new</c> (the first) or <c>new-2</c>, <c>new-3</c>… — which no written key can be, since a key
/// never contains <c>-</c> once written and a key that is exactly <c>new</c> is written <c>_6Eew</c>.</item>
/// </list>
/// </summary>
public static class FieldIds
{
    /// <summary>A field's input: <c>f-{table}-{row}-{column}</c>, row already written (<see cref="Row"/>, or a new row's key <c>new</c>, <c>new-2</c>…).</summary>
    public static string Field(string table, string row, string column) => $"f-{table}-{row}-{column}";

    /// <summary>The message under a field, which the input names in <c>aria-describedby</c>.</summary>
    public static string Error(string fieldId) => $"{fieldId}-error";

    /// <summary>A column's heading in a table form, which the inputs below it name in <c>aria-labelledby</c>.</summary>
    public static string Heading(string table, string column) => $"h-{table}-{column}";

    /// <summary>A stored record's key as written in an id (see the class).</summary>
    public static string Row(string recordKey)
    {
        ArgumentNullException.ThrowIfNull(recordKey);
        if (recordKey == "new")
            return "_6Eew";
        var written = new StringBuilder(recordKey.Length + 8);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in recordKey.EnumerateRunes())
        {
            if (rune.IsAscii && char.IsAsciiLetterOrDigit((char)rune.Value))
            {
                written.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
                written.Append('_').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return written.ToString();
    }
}
