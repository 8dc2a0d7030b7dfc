using Lutetia.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>The audit tables: the entries (append-only, chained) and the one-row chain head; and the account columns.</summary>
internal static class AuditModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).ValueGeneratedNever();
            foreach (var property in e.Metadata.GetDeclaredProperties())
                e.Property(property.Name).HasColumnName(Naming.SnakeCase(property.Name));
            e.Property(r => r.User).HasMaxLength(256);
            e.Property(r => r.Entity).HasMaxLength(64);
            e.Property(r => r.EntityKey).HasMaxLength(200);
            e.Property(r => r.PatientId).HasMaxLength(CohortModel.IdentifierLength);
            e.Property(r => r.Field).HasMaxLength(64);
            e.Property(r => r.PreviousHash).HasMaxLength(64).IsFixedLength();
            e.Property(r => r.Hash).HasMaxLength(64).IsFixedLength();
            e.HasIndex(r => r.PatientId);
            e.HasIndex(r => new { r.Entity, r.EntityKey });
        });
        b.Entity<AuditChainHead>(e =>
        {
            e.ToTable("audit_chain_head");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(r => r.LastEntryId).HasColumnName("last_entry_id");
            e.Property(r => r.LastHash).HasColumnName("last_hash").HasMaxLength(64).IsFixedLength();
            e.HasData(new AuditChainHead { Id = AuditChainHead.SingleId, LastEntryId = 0, LastHash = AuditHash.Genesis });
        });
        b.Entity<LutetiaUser>(e =>
        {
            e.Property(u => u.CenterId).HasMaxLength(CohortModel.IdentifierLength);
            e.HasOne<CenterRow>().WithMany().HasForeignKey(u => u.CenterId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
