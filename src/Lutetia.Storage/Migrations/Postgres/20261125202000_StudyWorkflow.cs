using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Lutetia.Storage.Migrations.Postgres
{
    /// <summary>
    /// The study workflow (docs/workflow.md): field queries and their history, record locks, data-quality issues;
    /// hand-written at the end of Up, the triggers that keep queries append-only and signatures undeletable.
    /// </summary>
    public partial class StudyWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_quality_issues",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    patient_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    table_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    record_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    value = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    rule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    severity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    hint = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    found_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_quality_issues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "field_queries",
                columns: table => new
                {
                    patient_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    raised_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    raised_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_field_queries", x => new { x.patient_id, x.number });
                    table.ForeignKey(
                        name: "FK_field_queries_centers_center_id",
                        column: x => x.center_id,
                        principalTable: "centers",
                        principalColumn: "center_id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_field_queries_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "record_locks",
                columns: table => new
                {
                    patient_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    signer = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    signed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    meaning = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    voided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    voided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    void_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_locks", x => new { x.patient_id, x.number });
                    table.ForeignKey(
                        name: "FK_record_locks_centers_center_id",
                        column: x => x.center_id,
                        principalTable: "centers",
                        principalColumn: "center_id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_record_locks_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "field_query_steps",
                columns: table => new
                {
                    patient_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    query_number = table.Column<int>(type: "integer", nullable: false),
                    step = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_field_query_steps", x => new { x.patient_id, x.query_number, x.step });
                    table.ForeignKey(
                        name: "FK_field_query_steps_field_queries_patient_id_query_number",
                        columns: x => new { x.patient_id, x.query_number },
                        principalTable: "field_queries",
                        principalColumns: new[] { "patient_id", "number" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_data_quality_issues_center_id_patient_id",
                table: "data_quality_issues",
                columns: new[] { "center_id", "patient_id" });

            migrationBuilder.CreateIndex(
                name: "IX_data_quality_issues_patient_id",
                table: "data_quality_issues",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "IX_field_queries_center_id",
                table: "field_queries",
                column: "center_id");

            migrationBuilder.CreateIndex(
                name: "IX_field_queries_entity_entity_key",
                table: "field_queries",
                columns: new[] { "entity", "entity_key" });

            migrationBuilder.CreateIndex(
                name: "IX_record_locks_center_id",
                table: "record_locks",
                column: "center_id");

            migrationBuilder.CreateIndex(
                name: "ix_record_locks_in_force",
                table: "record_locks",
                column: "patient_id",
                unique: true,
                filter: "voided_at_utc IS NULL");

            // Hand-written: queries and their history are never updated nor deleted; a lock signature
            // is never deleted and only ever updated once, to void it (docs/workflow.md).
            migrationBuilder.Sql("""
                CREATE FUNCTION lutetia_workflow_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: % of a query or its history is refused', TG_TABLE_NAME, TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                """);
            foreach (var table in new[] { "field_queries", "field_query_steps" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table}
                    FOR EACH ROW EXECUTE FUNCTION lutetia_workflow_append_only();
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION lutetia_workflow_append_only();
                    """);
                migrationBuilder.Sql($"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM PUBLIC;");
            }
            migrationBuilder.Sql("""
                CREATE FUNCTION lutetia_record_lock_void_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'UPDATE' OR OLD.voided_at_utc IS NOT NULL OR NEW.voided_at_utc IS NULL OR NEW.voided_by IS NULL
                       OR (NEW.patient_id, NEW.number, NEW.center_id, NEW.signer, NEW.signed_at_utc, NEW.meaning)
                          IS DISTINCT FROM (OLD.patient_id, OLD.number, OLD.center_id, OLD.signer, OLD.signed_at_utc, OLD.meaning) THEN
                        RAISE EXCEPTION 'record_locks: a signature is never deleted and only ever voided, once (% refused)', TG_OP
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN NEW;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER record_locks_void_only BEFORE UPDATE OR DELETE ON record_locks
                FOR EACH ROW EXECUTE FUNCTION lutetia_record_lock_void_only();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER record_locks_no_truncate BEFORE TRUNCATE ON record_locks
                FOR EACH STATEMENT EXECUTE FUNCTION lutetia_workflow_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER record_locks_no_truncate ON record_locks;");
            migrationBuilder.Sql("DROP TRIGGER record_locks_void_only ON record_locks;");
            migrationBuilder.Sql("DROP FUNCTION lutetia_record_lock_void_only();");
            foreach (var table in new[] { "field_query_steps", "field_queries" })
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_no_truncate ON {table};");
                migrationBuilder.Sql($"DROP TRIGGER {table}_no_change ON {table};");
            }
            migrationBuilder.Sql("DROP FUNCTION lutetia_workflow_append_only();");
            migrationBuilder.DropTable(
                name: "data_quality_issues");

            migrationBuilder.DropTable(
                name: "field_query_steps");

            migrationBuilder.DropTable(
                name: "record_locks");

            migrationBuilder.DropTable(
                name: "field_queries");
        }
    }
}
