using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lutetia.Storage;

/// <summary>
/// The canonical text of an audit entry and its chained hash. The canonical text is the fields in a
/// fixed order, each written as <c>length:value</c> (a null as <c>-</c>) and joined by <c>|</c>, so
/// no choice of values can make two different entries read the same:
/// <c>id|at_utc|user|action|entity|entity_key|patient_id|field|old_value|new_value|reason</c>,
/// the time as <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>. Hash = lower-case hex SHA-256 of the UTF-8 bytes
/// of previous hash + canonical text.
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string CanonicalText(AuditEntry e)
    {
        var text = new StringBuilder(256);
        Append(text, e.Id.ToString(CultureInfo.InvariantCulture));
        Append(text, FormatTime(e.AtUtc));
        Append(text, e.User);
        Append(text, AuditValues.Code(e.Action));
        Append(text, e.Entity);
        Append(text, e.EntityKey);
        Append(text, e.PatientId);
        Append(text, e.Field);
        Append(text, e.OldValue);
        Append(text, e.NewValue);
        Append(text, e.Reason);
        return text.ToString(0, text.Length - 1);
    }

    public static string Compute(string previousHash, AuditEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + CanonicalText(entry))));

    /// <summary>The time as hashed: microseconds, 'Z' (the stored value is UTC whatever its Kind says).</summary>
    public static string FormatTime(DateTime atUtc) =>
        atUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A UTC time truncated to the microsecond, the precision both databases keep.</summary>
    public static DateTime ToMicroseconds(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    private static void Append(StringBuilder text, string? value)
    {
        if (value is null)
            text.Append('-');
        else
            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        text.Append('|');
    }
}
