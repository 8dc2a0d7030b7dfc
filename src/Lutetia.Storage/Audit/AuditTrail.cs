using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>Reading the audit trail: one patient's history, and the verification of the whole chain.</summary>
public static class AuditTrail
{
    /// <summary>Every entry about one patient's rows, oldest first.</summary>
    public static IReadOnlyList<AuditEntry> ForPatient(LutetiaDbContext db, string patientId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditEntries.AsNoTracking().Where(e => e.PatientId == patientId).OrderBy(e => e.Id).ToList();
    }

    /// <summary>Every entry, oldest first, streamed (an export of the whole trail).</summary>
    public static IEnumerable<AuditEntry> All(LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsEnumerable();
    }

    /// <summary>
    /// Walks the chain from the first entry: ids without gaps, each previous hash equal to the hash
    /// of the entry before, each hash equal to SHA-256(previous hash + canonical text), and the head
    /// naming the last entry. Stops at the first broken link.
    /// </summary>
    public static AuditVerification Verify(LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var expectedId = 1L;
        var previousHash = AuditHash.Genesis;
        foreach (var entry in All(db))
        {
            var checkedSoFar = expectedId - 1;
            if (entry.Id != expectedId)
                return Broken(checkedSoFar, expectedId, previousHash, entry.Id > expectedId
                    ? $"audit entry {expectedId} is missing: the entries jump from {expectedId - 1} to {entry.Id} (entries were deleted)"
                    : $"audit entry {entry.Id} appears out of order after entry {expectedId - 1}");
            var storedPrevious = entry.PreviousHash.Trim();
            if (!string.Equals(storedPrevious, previousHash, StringComparison.Ordinal))
                return Broken(checkedSoFar, entry.Id, previousHash,
                    $"audit entry {entry.Id}: its previous_hash {storedPrevious} is not the hash of entry {entry.Id - 1} ({previousHash}): " +
                    "an entry before it was altered, removed or inserted");
            var computed = AuditHash.Compute(storedPrevious, entry);
            var stored = entry.Hash.Trim();
            if (!string.Equals(computed, stored, StringComparison.Ordinal))
                return Broken(checkedSoFar, entry.Id, previousHash,
                    $"audit entry {entry.Id} ({AuditValues.Code(entry.Action)} {entry.Entity} {entry.EntityKey}, field {entry.Field}, " +
                    $"by {entry.User} at {AuditHash.FormatTime(entry.AtUtc)}): its content no longer gives its stored hash " +
                    $"(stored {stored}, computed {computed}): the entry was altered after it was written");
            previousHash = stored;
            expectedId++;
        }
        var count = expectedId - 1;
        var head = db.AuditChainHeads.AsNoTracking().SingleOrDefault(h => h.Id == AuditChainHead.SingleId);
        if (head is null)
            return Broken(count, count + 1, previousHash, "the audit chain head (audit_chain_head, id 1) is missing");
        if (head.LastEntryId != count)
            return Broken(count, Math.Min(head.LastEntryId, count) + 1, previousHash, head.LastEntryId > count
                ? $"audit entries {count + 1} to {head.LastEntryId} are missing: the chain head says the last entry is {head.LastEntryId}, the trail ends at {count}"
                : $"audit entries {head.LastEntryId + 1} to {count} are not counted by the chain head (it says the last entry is {head.LastEntryId})");
        if (!string.Equals(head.LastHash.Trim(), previousHash, StringComparison.Ordinal))
            return Broken(count, count, previousHash,
                $"the chain head's hash {head.LastHash.Trim()} is not the hash of the last entry {count} ({previousHash})");
        return new AuditVerification(true, count, null,
            string.Create(CultureInfo.InvariantCulture, $"audit trail intact: {count} entries, chain head {previousHash}"), previousHash);
    }

    private static AuditVerification Broken(long checkedCount, long at, string headHash, string message) =>
        new(false, checkedCount, at, message, headHash);
}
