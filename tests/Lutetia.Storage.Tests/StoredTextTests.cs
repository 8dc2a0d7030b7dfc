using Lutetia.Intake;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Tests;

/// <summary>
/// Every save, whatever made it (a page, an import, the command line), is held to
/// the columns' declared lengths, the format's text rule on free text and the 500-character reason.
/// </summary>
public sealed class StoredTextTests
{
    [Fact]
    public void Every_text_column_of_the_format_declares_the_same_length_as_its_database_column()
    {
        using var store = TestStore.Create(DatabaseProvider.Sqlite);
        using var db = store.Open();
        var checkedColumns = 0;
        foreach (var entity in db.Model.GetEntityTypes().Where(e => typeof(CohortRow).IsAssignableFrom(e.ClrType)))
        {
            var table = CohortFormat.Table(entity.GetTableName()!)!;
            foreach (var column in table.Columns.Where(c => c.Kind == FieldKind.Text))
            {
                var property = entity.GetProperties().Single(p => p.GetColumnName() == column.Name);
                Assert.Equal(column.MaximumLength, property.GetMaxLength());
                checkedColumns++;
            }
        }
        Assert.True(checkedColumns > 0);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_value_longer_than_its_column_is_refused_naming_table_and_column_and_nothing_is_saved(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using (var db = store.Open())
        {
            var entries = db.AuditEntries.Count();
            db.Centers.Add(new CenterRow { CenterId = "C9", Name = new string('n', 10 << 20) });
            var refused = Assert.Throws<StoredValueRefusedException>(() => db.SaveChanges());
            Assert.Equal(("centers", "name"), (refused.Table, refused.Column));
            Assert.Contains("centers.name has 10,485,760 characters; at most 200 are stored", refused.Message, StringComparison.Ordinal);
            Assert.Equal(entries, db.AuditEntries.Count());
        }
        using var check = store.Open();
        Assert.False(check.Centers.Any(c => c.CenterId == "C9"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_reason_over_500_characters_or_breaking_the_text_rule_is_refused_and_500_is_kept(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using (var db = store.Open())
        {
            var center = db.Centers.First();
            foreach (var reason in (string[])[new string('r', 20 << 20), "=HYPERLINK(\"http://x\")", "line\nbreak"])
            {
                db.Reason = reason;
                center.Name = "Renamed";
                Assert.Equal("reason", Assert.Throws<StoredValueRefusedException>(() => db.SaveChanges()).Column);
            }
            db.Reason = new string('r', StoredText.ReasonMaximumLength);
            db.SaveChanges();
        }
        using var check = store.Open();
        Assert.Equal(StoredText.ReasonMaximumLength, check.AuditEntries.AsNoTracking().OrderBy(e => e.Id).Last().Reason!.Length);
    }

    [Theory]
    [InlineData("Lyon\u0001")]
    [InlineData("@SUM(A1)")]
    public void A_centre_name_breaking_the_text_rule_is_refused_whatever_saves_it(string name)
    {
        using var store = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var db = store.Open();
        db.Centers.Add(new CenterRow { CenterId = "C9", Name = name });
        Assert.Equal("name", Assert.Throws<StoredValueRefusedException>(() => db.SaveChanges()).Column);
    }
}
