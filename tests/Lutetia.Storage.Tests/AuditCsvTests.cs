using Lutetia.Intake.Tests;

namespace Lutetia.Storage.Tests;

public sealed class AuditCsvTests
{
    [Fact]
    public void An_exported_trail_quotes_what_rfc_4180_needs_and_keeps_the_hashes()
    {
        using var folder = new TemporaryFolder();
        var entry = new AuditEntry
        {
            Id = 1,
            AtUtc = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc),
            User = "alice",
            Action = AuditAction.Update,
            Entity = "patients",
            EntityKey = "P1",
            PatientId = "P1",
            Field = "ecog",
            OldValue = "0",
            NewValue = "1",
            Reason = "visit 3, \"corrected\"\nby phone",
            PreviousHash = AuditHash.Genesis,
        };
        entry.Hash = AuditHash.Compute(entry.PreviousHash, entry);

        Assert.Equal(1, AuditCsv.Write([entry], folder.File("audit.csv")));
        Assert.Equal(
            "id,at_utc,user,action,entity,entity_key,patient_id,field,old_value,new_value,reason,previous_hash,hash\n" +
            $"1,2026-03-04T05:06:07.000000Z,alice,update,patients,P1,P1,ecog,0,1,\"visit 3, \"\"corrected\"\"\nby phone\",{AuditHash.Genesis},{entry.Hash}\n",
            File.ReadAllText(folder.File("audit.csv")));
        Assert.False(File.Exists(folder.File("audit.csv.tmp")));
    }
}
