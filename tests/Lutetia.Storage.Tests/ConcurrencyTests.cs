namespace Lutetia.Storage.Tests;

public sealed class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_second_of_two_editors_gets_a_conflict_naming_the_field_the_other_value_and_who_changed_it(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using var alice = store.Open("alice@chu-lyon.fr");
        using var bob = store.Open("bob@chu-nantes.fr");
        var hers = alice.Patients.Single(p => p.PatientId == "P1");
        var his = bob.Patients.Single(p => p.PatientId == "P1");
        hers.Ecog = 1;
        alice.Reason = "ECOG re-assessed";
        alice.SaveChanges();

        his.Ecog = 3;
        bob.Reason = "typo";
        var error = Assert.Throws<ConcurrencyConflictException>(() => bob.SaveChanges());

        var conflict = Assert.Single(error.Conflicts);
        Assert.Equal(("patients", "P1", "ecog", "0", "1", "3", "alice@chu-lyon.fr", false),
            (conflict.Entity, conflict.Key, conflict.Field, conflict.StartedFrom, conflict.TheirValue, conflict.YourValue, conflict.ChangedBy, conflict.Deleted));
        Assert.StartsWith("patients P1: ecog was changed by alice@chu-lyon.fr at ", error.Message, StringComparison.Ordinal);
        Assert.Contains("it is now \"1\" (it was \"0\" when you opened it; your value \"3\" was not saved)", error.Message, StringComparison.Ordinal);
        using var check = store.Open();
        Assert.Equal(1, check.Patients.Single(p => p.PatientId == "P1").Ecog);
        Assert.DoesNotContain(check.AuditEntries, e => e.User == "bob@chu-nantes.fr");
        Assert.True(AuditTrail.Verify(check).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void After_a_conflict_the_editor_reloads_and_saves_with_the_right_version(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using var alice = store.Open("alice");
        using var bob = store.Open("bob");
        var hers = alice.Lesions.Single(l => l.PatientId == "P1" && l.LesionId == "L3");
        var his = bob.Lesions.Single(l => l.PatientId == "P1" && l.LesionId == "L3");
        hers.Site = Domain.LesionSite.Lung;
        alice.Reason = "site corrected";
        alice.SaveChanges();
        his.Nodal = true;
        bob.Reason = "node";
        Assert.Throws<ConcurrencyConflictException>(() => bob.SaveChanges());

        bob.Entry(his).Reload();
        Assert.Equal((Domain.LesionSite.Lung, false, 2), (his.Site, his.Nodal, his.Version));
        his.Nodal = true;
        Assert.Equal(2, bob.SaveChanges()); // the lesion and its one audit entry
        using var check = store.Open();
        var saved = check.Lesions.Single(l => l.PatientId == "P1" && l.LesionId == "L3");
        Assert.Equal((Domain.LesionSite.Lung, true, 3), (saved.Site, saved.Nodal, saved.Version));
        Assert.True(AuditTrail.Verify(check).IsIntact);
    }

    [Fact]
    public void Editing_a_row_someone_deleted_says_who_deleted_it()
    {
        using var store = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var alice = store.Open("alice");
        using var bob = store.Open("bob");
        var his = bob.Complications.OrderBy(c => c.Sequence).First();
        alice.Complications.Remove(alice.Complications.OrderBy(c => c.Sequence).First());
        alice.Reason = "not a complication";
        alice.SaveChanges();

        his.Date = his.Date.AddDays(1);
        bob.Reason = "date corrected";
        var error = Assert.Throws<ConcurrencyConflictException>(() => bob.SaveChanges());
        Assert.True(Assert.Single(error.Conflicts).Deleted);
        Assert.StartsWith($"complications {his.AuditKey} was deleted by alice at ", error.Message, StringComparison.Ordinal);
    }
}
