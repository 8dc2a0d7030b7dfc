using Lutetia.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Tests;

public sealed class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_import_records_each_row_with_its_user_time_entity_key_and_values(DatabaseProvider provider)
    {
        var before = DateTime.UtcNow.AddSeconds(-1);
        using var store = Sample.StoreWithSmallCohort(provider);
        using var db = store.Open();
        var entries = db.AuditEntries.OrderBy(e => e.Id).ToList();
        var cohort = Sample.Small();

        Assert.Equal(cohort.Centers.Count + cohort.Patients.Count + cohort.MetastaticSites.Count + cohort.PriorTreatments.Count
                     + cohort.PrrtCycles.Count + cohort.Lesions.Count + cohort.Reads.Count + cohort.Measurements.Count
                     + cohort.Symptoms.Count + cohort.Labs.Count + cohort.Complications.Count + cohort.Progressions.Count, entries.Count);
        Assert.All(entries, e => Assert.Equal(("test:import", AuditAction.Insert, "*"), (e.User, e.Action, e.Field)));
        Assert.All(entries, e => Assert.InRange(e.AtUtc, before, DateTime.UtcNow.AddSeconds(1)));
        var patient = Assert.Single(entries, e => e.Entity == "patients" && e.EntityKey == "P1");
        Assert.Equal("P1", patient.PatientId);
        Assert.Null(patient.OldValue);
        Assert.StartsWith("patient_id=P1; center_id=C1; sex=female; birth_date=1950-05-01;", patient.NewValue, StringComparison.Ordinal);
        Assert.Contains("ki67_percent=2.5;", patient.NewValue, StringComparison.Ordinal);
        Assert.Single(entries, e => e.Entity == "lesions" && e.EntityKey == "P1/L2");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Changing_a_saved_row_without_a_reason_is_refused_and_saves_nothing(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using var db = store.Open();
        var count = db.AuditEntries.Count();
        var patient = db.Patients.Single(p => p.PatientId == "P1");
        patient.Ecog = 2;

        var error = Assert.Throws<AuditReasonRequiredException>(() => db.SaveChanges());
        Assert.Contains("patients P1 was saved before, so changing it needs a reason (ecog: 0 → 2)", error.Message, StringComparison.Ordinal);
        using var other = store.Open();
        Assert.Equal(0, other.Patients.Single(p => p.PatientId == "P1").Ecog);
        Assert.Equal(count, other.AuditEntries.Count());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_first_entry_into_empty_fields_of_a_saved_row_needs_no_reason_and_is_audited(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using (var db = store.Open())
        {
            var patient = db.Patients.Single(p => p.PatientId == "P1");
            patient.DeathDate = new DateOnly(2020, 7, 1);
            patient.DeathCause = DeathCause.NetNotMm;
            db.SaveChanges();
        }
        using var other = store.Open();
        Assert.Equal(new DateOnly(2020, 7, 1), other.Patients.Single(p => p.PatientId == "P1").DeathDate);
        var entry = other.AuditEntries.Where(e => e.EntityKey == "P1" && e.Field == "death_date").OrderBy(e => e.Id).Last();
        Assert.Equal((null, "2020-07-01", null), (entry.OldValue, entry.NewValue, entry.Reason));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_first_entry_saved_with_a_change_of_a_stored_value_still_needs_a_reason_even_with_a_forged_empty_original(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using var db = store.Open();
        var count = db.AuditEntries.Count();
        var patient = db.Patients.Single(p => p.PatientId == "P1");
        patient.DeathDate = new DateOnly(2020, 7, 1);
        patient.Ecog = 2;
        // The caller claims ecog was empty: the stored 0 is what counts.
        db.Entry(patient).Property(p => p.Ecog).OriginalValue = null;

        var error = Assert.Throws<AuditReasonRequiredException>(() => db.SaveChanges());
        Assert.Contains("ecog: 0 → 2", error.Message, StringComparison.Ordinal);
        using var other = store.Open();
        Assert.Null(other.Patients.Single(p => p.PatientId == "P1").DeathDate);
        Assert.Equal(count, other.AuditEntries.Count());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_update_records_each_changed_field_with_old_and_new_value_and_the_reason_and_bumps_the_version(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using (var db = store.Open("test:bob"))
        {
            var patient = db.Patients.Single(p => p.PatientId == "P2");
            patient.Ecog = 2;
            patient.WhoGrade = WhoGrade.G3;
            patient.CarcinoidHeartDisease = true;
            db.Reason = "source document verification, visit 3";
            db.SaveChanges();
        }
        using var check = store.Open();
        var updates = check.AuditEntries.Where(e => e.Action == AuditAction.Update).OrderBy(e => e.Id).ToList();
        Assert.Equal(
            [("who_grade", "g2", "g3"), ("ecog", "1", "2"), ("carcinoid_heart_disease", null, "yes")],
            updates.Select(e => (e.Field, e.OldValue, e.NewValue)).OrderBy(f => f.Field == "who_grade" ? 0 : f.Field == "ecog" ? 1 : 2));
        Assert.All(updates, e => Assert.Equal(("test:bob", "patients", "P2", "P2", "source document verification, visit 3"),
            (e.User, e.Entity, e.EntityKey, e.PatientId, e.Reason)));
        Assert.Equal(2, check.Patients.Single(p => p.PatientId == "P2").Version);
        Assert.True(AuditTrail.Verify(check).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_delete_records_the_whole_row_as_old_value_with_the_reason(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using (var db = store.Open())
        {
            db.Labs.Remove(db.Labs.OrderBy(l => l.Sequence).First());
            db.Reason = "entered twice";
            db.SaveChanges();
        }
        using var check = store.Open();
        var delete = Assert.Single(check.AuditEntries.Where(e => e.Action == AuditAction.Delete));
        Assert.Equal(("labs", "P1/#1", "*", "entered twice", null), (delete.Entity, delete.EntityKey, delete.Field, delete.Reason, delete.NewValue));
        Assert.StartsWith("patient_id=P1; date=", delete.OldValue, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void New_rows_of_a_table_without_key_get_the_next_sequences_and_export_last(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using (var db = store.Open())
        {
            var max = db.Symptoms.Max(s => s.Sequence);
            db.Symptoms.Add(new SymptomRow { PatientId = "P1", Date = new(2017, 1, 1), Domain = SymptomDomain.Mm, Symptom = Symptom.Diarrhea, Intensity = 3 });
            db.Symptoms.Add(new SymptomRow { PatientId = "P1", Date = new(2017, 2, 1), Domain = SymptomDomain.Mm, Symptom = Symptom.Diarrhea, Intensity = 1 });
            db.SaveChanges();
            Assert.Equal([max + 1, max + 2], db.Symptoms.OrderBy(s => s.Sequence).Skip((int)max).Select(s => s.Sequence).ToList());
        }
        using var check = store.Open();
        var symptoms = CohortStore.Export(check).Symptoms;
        Assert.Equal([3m, 1m], symptoms.TakeLast(2).Select(s => s.Intensity));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_database_refuses_to_update_or_delete_an_audit_entry(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        var update = Assert.ThrowsAny<Exception>(() => store.Sql("UPDATE audit_entries SET new_value = 'forged' WHERE id = 3"));
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        var delete = Assert.ThrowsAny<Exception>(() => store.Sql("DELETE FROM audit_entries WHERE id = 3"));
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        using var db = store.Open();
        Assert.True(AuditTrail.Verify(db).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_entry_altered_behind_the_triggers_back_is_the_first_broken_link_verify_reports(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        DropTriggers(store);
        store.Sql("UPDATE audit_entries SET new_value = replace(new_value, 'sex=female', 'sex=male') WHERE entity = 'patients' AND entity_key = 'P1'");
        using var db = store.Open();
        var id = db.AuditEntries.Single(e => e.Entity == "patients" && e.EntityKey == "P1").Id;

        var verdict = AuditTrail.Verify(db);
        Assert.False(verdict.IsIntact);
        Assert.Equal(id, verdict.BrokenAtEntry);
        Assert.Equal(id - 1, verdict.EntriesChecked);
        Assert.Contains($"audit entry {id} (insert patients P1, field *, by test:import at ", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("its content no longer gives its stored hash", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_deleted_entry_and_a_cut_off_end_are_reported(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        DropTriggers(store);
        store.Sql("DELETE FROM audit_entries WHERE id = 5");
        using (var db = store.Open())
        {
            var verdict = AuditTrail.Verify(db);
            Assert.Equal(5, verdict.BrokenAtEntry);
            Assert.Equal("audit entry 5 is missing: the entries jump from 4 to 6 (entries were deleted)", verdict.Message);
        }
        store.Sql("DELETE FROM audit_entries WHERE id >= 5");
        using var again = store.Open();
        var cut = AuditTrail.Verify(again);
        Assert.Equal(5, cut.BrokenAtEntry);
        Assert.StartsWith("audit entries 5 to ", cut.Message, StringComparison.Ordinal);
        Assert.EndsWith("are missing: the chain head says the last entry is " + again.AuditChainHeads.Single().LastEntryId + ", the trail ends at 4", cut.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Concurrent_writers_append_one_after_the_other_and_never_fork_the_chain(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        int before;
        using (var db = store.Open())
            before = db.AuditEntries.Count();
        const int writers = 4, saves = 5;
        Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
        {
            for (var i = 0; i < saves; i++)
            {
                using var db = store.Open($"test:writer{w}");
                db.Labs.Add(new LabRow { PatientId = "P2", Date = new(2018, 1, 1 + w), Test = LabTest.Cga, Value = i, Uln = 100 });
                db.SaveChanges();
            }
        });
        using var check = store.Open();
        var verdict = AuditTrail.Verify(check);
        Assert.True(verdict.IsIntact, verdict.Message);
        Assert.Equal(before + writers * saves, verdict.EntriesChecked);
        Assert.Equal(check.Labs.Count(), check.Labs.Select(l => l.Sequence).Distinct().Count());
    }

    [Fact]
    public void A_save_without_a_user_is_refused_so_no_entry_is_anonymous()
    {
        using var store = TestStore.Create(DatabaseProvider.Sqlite);
        using var db = store.Open("");
        db.Centers.Add(new CenterRow { CenterId = "C1", Name = "Lyon" });
        var error = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        Assert.StartsWith("LutetiaDbContext.CurrentUser is not set", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, db.AuditEntries.Count());
    }

    [Fact]
    public void The_canonical_text_prefixes_each_field_with_its_length_so_no_value_can_imitate_another_split()
    {
        var a = new AuditEntry { Id = 1, AtUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), User = "u|1", Entity = "e", EntityKey = "k", Field = "f" };
        var b = new AuditEntry { Id = 1, AtUtc = a.AtUtc, User = "u", Entity = "1|e", EntityKey = "k", Field = "f" };
        Assert.Equal("1:1|27:2026-01-02T03:04:05.000000Z|3:u|1|6:insert|1:e|1:k|-|1:f|-|-|-", AuditHash.CanonicalText(a));
        Assert.NotEqual(AuditHash.Compute(AuditHash.Genesis, a), AuditHash.Compute(AuditHash.Genesis, b));
    }

    private static void DropTriggers(TestStore store)
    {
        if (store.Provider == DatabaseProvider.Sqlite)
        {
            store.Sql("DROP TRIGGER audit_entries_no_update");
            store.Sql("DROP TRIGGER audit_entries_no_delete");
        }
        else
        {
            store.Sql("DROP TRIGGER audit_entries_no_change ON audit_entries");
        }
    }
}
