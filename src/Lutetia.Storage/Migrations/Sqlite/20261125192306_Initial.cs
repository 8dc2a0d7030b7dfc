using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lutetia.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_chain_head",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    last_entry_id = table.Column<long>(type: "INTEGER", nullable: false),
                    last_hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_chain_head", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    user = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    entity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    entity_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    old_value = table.Column<string>(type: "TEXT", nullable: true),
                    new_value = table.Column<string>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    previous_hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "centers",
                columns: table => new
                {
                    center_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_centers", x => x.center_id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_centers_CenterId",
                        column: x => x.CenterId,
                        principalTable: "centers",
                        principalColumn: "center_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patients",
                columns: table => new
                {
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    center_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    diagnosis_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    primary_site = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    differentiation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    who_grade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ki67_percent = table.Column<string>(type: "TEXT", nullable: true),
                    ecog = table.Column<int>(type: "INTEGER", nullable: true),
                    carcinoid_syndrome = table.Column<bool>(type: "INTEGER", nullable: true),
                    carcinoid_heart_disease = table.Column<bool>(type: "INTEGER", nullable: true),
                    prior_prrt = table.Column<bool>(type: "INTEGER", nullable: false),
                    mm_retractile = table.Column<bool>(type: "INTEGER", nullable: true),
                    sma_stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    smv_proximal_infiltration = table.Column<bool>(type: "INTEGER", nullable: true),
                    severe_mesenteric_fibrosis = table.Column<bool>(type: "INTEGER", nullable: true),
                    mm_progression_before_prrt = table.Column<bool>(type: "INTEGER", nullable: true),
                    prrt_stop_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    prrt_stop_toxicity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    last_news_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    death_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    death_cause = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patients", x => x.patient_id);
                    table.ForeignKey(
                        name: "FK_patients_centers_center_id",
                        column: x => x.center_id,
                        principalTable: "centers",
                        principalColumn: "center_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complications",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    corticosteroids = table.Column<bool>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complications", x => x.sequence);
                    table.ForeignKey(
                        name: "FK_complications_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "labs",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    test = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false),
                    uln = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs", x => x.sequence);
                    table.ForeignKey(
                        name: "FK_labs_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lesions",
                columns: table => new
                {
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    lesion_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    site = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    mesenteric_mass = table.Column<bool>(type: "INTEGER", nullable: false),
                    nodal = table.Column<bool>(type: "INTEGER", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lesions", x => new { x.patient_id, x.lesion_id });
                    table.ForeignKey(
                        name: "FK_lesions_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "metastatic_sites",
                columns: table => new
                {
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    site = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metastatic_sites", x => new { x.patient_id, x.site });
                    table.ForeignKey(
                        name: "FK_metastatic_sites_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "prior_treatments",
                columns: table => new
                {
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    treatment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prior_treatments", x => new { x.patient_id, x.treatment });
                    table.ForeignKey(
                        name: "FK_prior_treatments_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "progression",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progression", x => x.sequence);
                    table.ForeignKey(
                        name: "FK_progression_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "prrt_cycles",
                columns: table => new
                {
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    cycle = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    activity_gbq = table.Column<string>(type: "TEXT", nullable: true),
                    dose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prrt_cycles", x => new { x.patient_id, x.cycle });
                    table.ForeignKey(
                        name: "FK_prrt_cycles_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reads",
                columns: table => new
                {
                    read_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    exam_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    modality = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reader = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    liver_sul_mean = table.Column<string>(type: "TEXT", nullable: true),
                    liver_sul_sd = table.Column<string>(type: "TEXT", nullable: true),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reads", x => x.read_id);
                    table.UniqueConstraint("AK_reads_read_id_patient_id", x => new { x.read_id, x.patient_id });
                    table.ForeignKey(
                        name: "FK_reads_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "symptoms",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    domain = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    symptom = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    intensity = table.Column<string>(type: "TEXT", nullable: true),
                    episodes_per_week = table.Column<string>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_symptoms", x => x.sequence);
                    table.ForeignKey(
                        name: "FK_symptoms_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "patient_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "measurements",
                columns: table => new
                {
                    read_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    lesion_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    diameter_mm = table.Column<string>(type: "TEXT", nullable: true),
                    too_small_to_measure = table.Column<bool>(type: "INTEGER", nullable: true),
                    non_target_status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    krenning = table.Column<int>(type: "INTEGER", nullable: true),
                    suv_max = table.Column<string>(type: "TEXT", nullable: true),
                    sul_peak = table.Column<string>(type: "TEXT", nullable: true),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measurements", x => new { x.read_id, x.lesion_id });
                    table.ForeignKey(
                        name: "FK_measurements_lesions_patient_id_lesion_id",
                        columns: x => new { x.patient_id, x.lesion_id },
                        principalTable: "lesions",
                        principalColumns: new[] { "patient_id", "lesion_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_measurements_reads_read_id_patient_id",
                        columns: x => new { x.read_id, x.patient_id },
                        principalTable: "reads",
                        principalColumns: new[] { "read_id", "patient_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "audit_chain_head",
                columns: new[] { "id", "last_entry_id", "last_hash" },
                values: new object[] { 1, 0L, "0000000000000000000000000000000000000000000000000000000000000000" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CenterId",
                table: "AspNetUsers",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_entity_entity_key",
                table: "audit_entries",
                columns: new[] { "entity", "entity_key" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_patient_id",
                table: "audit_entries",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "IX_centers_sequence",
                table: "centers",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complications_patient_id",
                table: "complications",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "IX_complications_sequence",
                table: "complications",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_labs_patient_id",
                table: "labs",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "IX_labs_sequence",
                table: "labs",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lesions_sequence",
                table: "lesions",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_measurements_patient_id_lesion_id",
                table: "measurements",
                columns: new[] { "patient_id", "lesion_id" });

            migrationBuilder.CreateIndex(
                name: "IX_measurements_read_id_patient_id",
                table: "measurements",
                columns: new[] { "read_id", "patient_id" });

            migrationBuilder.CreateIndex(
                name: "IX_measurements_sequence",
                table: "measurements",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_metastatic_sites_sequence",
                table: "metastatic_sites",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patients_center_id",
                table: "patients",
                column: "center_id");

            migrationBuilder.CreateIndex(
                name: "IX_patients_sequence",
                table: "patients",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prior_treatments_sequence",
                table: "prior_treatments",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progression_patient_id",
                table: "progression",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "IX_progression_sequence",
                table: "progression",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prrt_cycles_sequence",
                table: "prrt_cycles",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reads_patient_id",
                table: "reads",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "IX_reads_sequence",
                table: "reads",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_symptoms_patient_id",
                table: "symptoms",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "IX_symptoms_sequence",
                table: "symptoms",
                column: "sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit_chain_head");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "complications");

            migrationBuilder.DropTable(
                name: "labs");

            migrationBuilder.DropTable(
                name: "measurements");

            migrationBuilder.DropTable(
                name: "metastatic_sites");

            migrationBuilder.DropTable(
                name: "prior_treatments");

            migrationBuilder.DropTable(
                name: "progression");

            migrationBuilder.DropTable(
                name: "prrt_cycles");

            migrationBuilder.DropTable(
                name: "symptoms");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "lesions");

            migrationBuilder.DropTable(
                name: "reads");

            migrationBuilder.DropTable(
                name: "patients");

            migrationBuilder.DropTable(
                name: "centers");
        }
    }
}
