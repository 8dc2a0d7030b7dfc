using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>
/// The external anchor of the chain (docs/security.md, Audit trail integrity): the chain head written as <c>N:HASH</c> — the last
/// entry's number and hash — to be recorded outside the server (a data-management report, an
/// e-mail). Whoever can write the database file can cut entries off the end, or rewrite entries and
/// every hash after them, and leave a chain that verifies; neither can keep entry N with the hash
/// recorded, because every hash depends on all the entries before it.
/// </summary>
public static class AuditAnchor
{
    /// <summary>What <c>--head</c> must look like, for the message of a value that does not.</summary>
    public const string Expected = "N:HASH, the entry number and its 64-hexadecimal-digit hash, as `lutetia audit head` printed it";

    /// <summary>The chain head as <c>N:HASH</c> (<c>0:000…</c> for an empty trail).</summary>
    public static string Format(long entryId, string hash) =>
        string.Create(CultureInfo.InvariantCulture, $"{entryId}:{hash}");

    /// <summary>Reads <c>N:HASH</c>: a number and 64 lower-case hexadecimal digits.</summary>
    public static bool TryParse(string? text, out long entryId, out string hash)
    {
        entryId = 0;
        hash = "";
        var parts = (text ?? "").Trim().Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out entryId)
            || parts[1].Length != 64 || !parts[1].All(char.IsAsciiHexDigit))
            return false;
        hash = parts[1].ToLowerInvariant();
        return true;
    }

    /// <summary>
    /// Whether the entry recorded as the head is still in the chain with the same hash. The chain
    /// itself is checked by <see cref="AuditTrail.Verify"/>: the two together prove that no entry up
    /// to N was changed or removed.
    /// </summary>
    public static AuditVerification Check(LutetiaDbContext db, long entryId, string hash)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(hash);
        var recorded = Format(entryId, hash);
        if (entryId == 0)
            return new(true, 0, null, $"the recorded chain head {recorded} is the empty trail's", hash);
        var stored = db.AuditEntries.AsNoTracking().Where(e => e.Id == entryId).Select(e => e.Hash).FirstOrDefault();
        if (stored is null)
        {
            var last = db.AuditEntries.Max(e => (long?)e.Id) ?? 0;
            return new(false, last, entryId, string.Create(CultureInfo.InvariantCulture,
                $"audit entry {entryId}, recorded as the chain head ({recorded}), is no longer in the trail, which ends at entry {last}: entries were cut off the end"), hash);
        }
        if (!string.Equals(stored.Trim(), hash, StringComparison.Ordinal))
            return new(false, entryId - 1, entryId, string.Create(CultureInfo.InvariantCulture,
                $"audit entry {entryId} has the hash {stored.Trim()}, but {hash} was recorded as the chain head ({recorded}): the trail was rewritten (entry {entryId} or one before it was changed and the hashes after it computed again)"), hash);
        return new(true, entryId, null, string.Create(CultureInfo.InvariantCulture,
            $"the recorded chain head {recorded} is still in the trail"), hash);
    }
}
