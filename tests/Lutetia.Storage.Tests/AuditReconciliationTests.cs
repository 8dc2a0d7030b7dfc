using Lutetia.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Tests;

/// <summary>The trail replayed must give the stored rows; a recorded chain head must stay in the chain.</summary>
public sealed class AuditReconciliationTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Replaying_the_trail_of_an_imported_then_edited_cohort_gives_exactly_the_stored_rows(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using (var db = store.Open("test:bob"))
        {
            var patient = db.Patients.Single(p => p.PatientId == "P2");
            patient.Ecog = 2;
            patient.Ki67Percent = 12.50m;
            db.Labs.Remove(db.Labs.OrderBy(l => l.Sequence).First());
            db.Centers.Single(c => c.CenterId == "C1").Name = "Lyon; Sud \\ Est";
            db.Symptoms.Add(new SymptomRow { PatientId = "P1", Date = new(2017, 1, 1), Domain = SymptomDomain.Mm, Symptom = Symptom.Diarrhea, Intensity = 3 });
            db.Reason = "source document verification";
            db.SaveChanges();
        }
        using var check = store.Open();

        var verdict = AuditReplay.Reconcile(check);

        Assert.True(verdict.IsIntact, string.Join("\n", verdict.Differences.Select(d => d.Describe())));
        Assert.Equal(check.AuditEntries.Count(), verdict.EntriesReplayed);
        Assert.Contains("patients", verdict.TablesCompared);
        Assert.Contains("users", verdict.TablesCompared);
        Assert.Contains("record_locks", verdict.TablesCompared);
        Assert.DoesNotContain("data_quality_issues", verdict.TablesCompared);
        Assert.True(verdict.RowsCompared > 30, $"{verdict.RowsCompared} rows");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_direct_sql_update_of_a_patients_ecog_is_named_with_the_trails_value_and_the_stored_one(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        store.Sql("UPDATE patients SET ecog = 4 WHERE patient_id = 'P1'");
        using var db = store.Open();

        var verdict = AuditReplay.Reconcile(db);

        Assert.False(verdict.IsIntact);
        var difference = Assert.Single(verdict.Differences);
        Assert.Equal((AuditDifferenceKind.ValueDiffers, "patients", "P1", "ecog", "0", "4"),
            (difference.Kind, difference.Entity, difference.Key, difference.Field, difference.TrailValue, difference.StoredValue));
        Assert.Equal("patients P1, ecog: the trail gives \"0\", the database holds \"4\"", difference.Describe());
        Assert.StartsWith("the data do not match the audit trail: 1 differences", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_measurement_deleted_and_a_lab_inserted_with_sql_are_named(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        string key;
        using (var db = store.Open())
            key = db.Measurements.OrderBy(m => m.Sequence).First().AuditKey;
        var (read, lesion) = (key.Split('/')[0], key.Split('/')[1]);
        store.Sql($"DELETE FROM measurements WHERE read_id = '{read}' AND lesion_id = '{lesion}'");
        store.Sql("INSERT INTO labs (sequence, version, patient_id, date, test, value, uln) VALUES (900, 1, 'P1', '2018-01-01', 'cga', '50', '100')");
        using var check = store.Open();

        var verdict = AuditReplay.Reconcile(check);

        Assert.Equal(2, verdict.DifferenceCount);
        var deleted = Assert.Single(verdict.Differences, d => d.Kind == AuditDifferenceKind.MissingFromDatabase);
        Assert.Equal(("measurements", key, "*"), (deleted.Entity, deleted.Key, deleted.Field));
        Assert.StartsWith($"measurements {key}: the trail holds this row (read_id={read}; lesion_id={lesion}", deleted.Describe(), StringComparison.Ordinal);
        Assert.EndsWith("the database does not (it was deleted outside Lutetia)", deleted.Describe(), StringComparison.Ordinal);
        var added = Assert.Single(verdict.Differences, d => d.Kind == AuditDifferenceKind.MissingFromTrail);
        Assert.Equal(("labs", "P1/#900"), (added.Entity, added.Key));
        Assert.Contains("test=cga", added.StoredValue, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_entry_for_a_change_that_never_happened_contradicts_the_entries_before_it(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        long id;
        using (var db = store.Open("test:mallory"))
        {
            // What the old form code let a crafted post write: "95 → 0" over a stored 0, the row unchanged.
            var head = db.AuditChainHeads.AsNoTracking().Single();
            var forged = new AuditEntry
            {
                Id = id = head.LastEntryId + 1,
                AtUtc = AuditHash.ToMicroseconds(DateTime.UtcNow),
                User = "test:mallory",
                Action = AuditAction.Update,
                Entity = "patients",
                EntityKey = "P1",
                PatientId = "P1",
                Field = "ecog",
                OldValue = "95",
                NewValue = "0",
                Reason = "x",
                PreviousHash = head.LastHash.Trim(),
            };
            forged.Hash = AuditHash.Compute(forged.PreviousHash, forged);
            db.AuditEntries.Add(forged);
            db.SaveChanges();
            db.Database.ExecuteSql($"UPDATE audit_chain_head SET last_entry_id = {forged.Id}, last_hash = {forged.Hash} WHERE id = 1");
        }
        using var check = store.Open();
        Assert.True(AuditTrail.Verify(check).IsIntact);

        var verdict = AuditReplay.Reconcile(check);

        var contradiction = Assert.Single(verdict.Differences);
        Assert.Equal((AuditDifferenceKind.TrailContradiction, id, "0", "95"),
            (contradiction.Kind, contradiction.EntryId, contradiction.TrailValue, contradiction.StoredValue));
        Assert.Equal($"audit entry {id} (patients P1, ecog): it says the value was \"95\" before the change, the entries before it give \"0\": " +
                     "the old value was forged, or a change was not recorded", contradiction.Describe());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_recorded_chain_head_fails_once_the_trail_is_cut_off_or_rewritten_though_the_chain_verifies(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        string recorded;
        long n;
        string hash;
        using (var db = store.Open())
        {
            var chain = AuditTrail.Verify(db);
            recorded = AuditAnchor.Format(chain.EntriesChecked, chain.HeadHash);
            Assert.True(AuditAnchor.TryParse(recorded, out n, out hash));
            Assert.Equal((chain.EntriesChecked, chain.HeadHash), (n, hash));
            Assert.True(AuditAnchor.Check(db, n, hash).IsIntact);
            Assert.False(AuditAnchor.TryParse("12:abc", out _, out _));
        }
        DropTriggers(store);

        // Rewritten: entry 3 altered, every hash after it computed again, the head moved along.
        Rewrite(store, 3);
        using (var db = store.Open())
        {
            Assert.True(AuditTrail.Verify(db).IsIntact);
            var rewritten = AuditAnchor.Check(db, n, hash);
            Assert.False(rewritten.IsIntact);
            Assert.Equal(n, rewritten.BrokenAtEntry);
            Assert.Contains("the trail was rewritten", rewritten.Message, StringComparison.Ordinal);
        }

        // Cut off: the last entries deleted and the head moved back to the new last one.
        using (var db = store.Open())
        {
            var last = db.AuditEntries.AsNoTracking().Single(e => e.Id == n - 2);
            db.Database.ExecuteSql($"DELETE FROM audit_entries WHERE id > {last.Id}");
            db.Database.ExecuteSql($"UPDATE audit_chain_head SET last_entry_id = {last.Id}, last_hash = {last.Hash} WHERE id = 1");
        }
        using (var db = store.Open())
        {
            Assert.True(AuditTrail.Verify(db).IsIntact);
            var cut = AuditAnchor.Check(db, n, hash);
            Assert.False(cut.IsIntact);
            Assert.Equal($"audit entry {n}, recorded as the chain head ({recorded}), is no longer in the trail, which ends at entry {n - 2}: entries were cut off the end", cut.Message);
        }
    }

    /// <summary>Alters entry <paramref name="from"/> and recomputes every hash after it: a chain that verifies.</summary>
    internal static void Rewrite(TestStore store, long from)
    {
        using var db = store.Open();
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.Id >= from).OrderBy(e => e.Id).ToList();
        var previous = db.AuditEntries.AsNoTracking().Single(e => e.Id == from - 1).Hash.Trim();
        entries[0].NewValue += "; forged=yes";
        foreach (var entry in entries)
        {
            entry.PreviousHash = previous;
            entry.Hash = previous = AuditHash.Compute(previous, entry);
            db.Database.ExecuteSql($"UPDATE audit_entries SET new_value = {entry.NewValue}, previous_hash = {entry.PreviousHash}, hash = {entry.Hash} WHERE id = {entry.Id}");
        }
        db.Database.ExecuteSql($"UPDATE audit_chain_head SET last_hash = {previous} WHERE id = 1");
    }

    internal static void DropTriggers(TestStore store)
    {
        if (store.Provider == DatabaseProvider.Sqlite)
        {
            foreach (var trigger in (string[])["audit_entries_no_update", "audit_entries_no_delete", "audit_chain_head_forward", "audit_chain_head_no_delete"])
                store.Sql($"DROP TRIGGER {trigger}");
        }
        else
        {
            store.Sql("DROP TRIGGER audit_entries_no_change ON audit_entries");
            store.Sql("DROP TRIGGER audit_chain_head_forward ON audit_chain_head");
        }
    }
}
