using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lutetia.Storage.Migrations.Sqlite
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    center_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    table_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    record_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    value = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    rule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    hint = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    found_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_quality_issues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "field_queries",
                columns: table => new
                {
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    center_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    entity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    entity_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    raised_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    raised_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    center_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    signer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    signed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    meaning = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    voided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    voided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
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
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    query_number = table.Column<int>(type: "INTEGER", nullable: false),
                    step = table.Column<int>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
            foreach (var table in new[] { "field_queries", "field_query_steps" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
                    BEGIN SELECT RAISE(ABORT, '{table} is append-only: a query and its history are never updated'); END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
                    BEGIN SELECT RAISE(ABORT, '{table} is append-only: a query and its history are never deleted'); END;
                    """);
            }
            migrationBuilder.Sql("""
                CREATE TRIGGER record_locks_no_delete BEFORE DELETE ON record_locks
                BEGIN SELECT RAISE(ABORT, 'record_locks is never deleted: a voided signature stays in the history'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER record_locks_void_only BEFORE UPDATE ON record_locks
                WHEN OLD.voided_at_utc IS NOT NULL OR NEW.voided_at_utc IS NULL OR NEW.voided_by IS NULL
                  OR NEW.patient_id <> OLD.patient_id OR NEW.number <> OLD.number OR NEW.center_id <> OLD.center_id
                  OR NEW.signer <> OLD.signer OR NEW.signed_at_utc <> OLD.signed_at_utc OR NEW.meaning <> OLD.meaning
                BEGIN SELECT RAISE(ABORT, 'record_locks: a signature is only ever voided, once; nothing else of it changes'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "record_locks_void_only", "record_locks_no_delete", "field_query_steps_no_delete",
                "field_query_steps_no_update", "field_queries_no_delete", "field_queries_no_update" })
                migrationBuilder.Sql($"DROP TRIGGER {trigger};");
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
