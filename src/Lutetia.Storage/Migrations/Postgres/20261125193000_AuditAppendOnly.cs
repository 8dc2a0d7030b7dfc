using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lutetia.Storage.Migrations.Postgres
{
    /// <summary>
    /// Hand-written: the database itself keeps the audit trail append-only (triggers refuse UPDATE,
    /// DELETE and TRUNCATE of the entries; the privileges are revoked from PUBLIC), and the chain
    /// head never moves back nor disappears.
    /// </summary>
    [DbContext(typeof(PostgresLutetiaDbContext))]
    [Migration("20261125193000_AuditAppendOnly")]
    public partial class AuditAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION lutetia_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_entries is append-only: % of an audit entry is refused', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
                FOR EACH ROW EXECUTE FUNCTION lutetia_audit_append_only();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
                FOR EACH STATEMENT EXECUTE FUNCTION lutetia_audit_append_only();
                """);
            migrationBuilder.Sql("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM PUBLIC;");
            migrationBuilder.Sql("""
                CREATE FUNCTION lutetia_audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' OR NEW.last_entry_id < OLD.last_entry_id OR NEW.id <> OLD.id THEN
                        RAISE EXCEPTION 'audit_chain_head only moves forward' USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN NEW;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE OR DELETE ON audit_chain_head
                FOR EACH ROW EXECUTE FUNCTION lutetia_audit_head_forward();
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_chain_head_forward ON audit_chain_head;");
            migrationBuilder.Sql("DROP FUNCTION lutetia_audit_head_forward();");
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_truncate ON audit_entries;");
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_change ON audit_entries;");
            migrationBuilder.Sql("DROP FUNCTION lutetia_audit_append_only();");
        }
    }
}
