using System.Globalization;
using System.Net;
using Lutetia.Domain;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>
/// The server is the only source of truth, as a property: whatever a person posting a case report form does to
/// its hidden fields (<c>was:</c>, <c>version:</c>) and its cells, the audit trail replayed gives
/// exactly the database, every change of a stored row moved its version once per save and carries
/// its reason (a first entry into an empty field needs none). A seeded random walk over every form of one patient's pages and the lesion grid:
/// each step loads a form, changes some cells, tampers some hidden fields, posts, and checks.
/// </summary>
internal sealed class TamperedFormsProperty(LutetiaAppFactory app, WebClient client, string patient, int seed)
{
    private static readonly (string Page, string Handler)[] Forms =
    [
        ("", "patients"), ("", "metastatic_sites"), ("", "prior_treatments"), ("/cycles", "prrt_cycles"), ("/cycles", "patients-stop"),
        ("/imaging", "lesions"), ("/imaging", "reads"), ("/clinical", "symptoms"), ("/clinical", "labs"), ("/clinical", "complications"),
        ("/follow-up", "patients-follow-up"), ("/follow-up", "progression"),
    ];

    /// <summary>The whole chain and the whole database are checked every this many steps (and by <see cref="CheckAll"/>); the patient's rows at every step.</summary>
    private const int WholeCheckEvery = 10;

    private readonly Random _random = new(seed);
    private int _steps;
    private readonly Dictionary<string, HashSet<string>> _seen = new(StringComparer.Ordinal);

    public string Read => patient + "R1";

    /// <summary>The patient, with one row in every table, saved by <c>test:seed</c>.</summary>
    public void Seed()
    {
        using var db = app.OpenDatabase("test:seed");
        db.Patients.Add(new PatientRow
        {
            PatientId = patient,
            CenterId = WebCohort.OwnCenter,
            Sex = Sex.Male,
            PrimarySite = PrimarySite.Ileum,
            Differentiation = Differentiation.Well,
            Ki67Percent = 2.5m,
            Ecog = 1,
            LastNewsDate = new(2021, 6, 1),
            BirthDate = new(1950, 1, 1),
        });
        db.MetastaticSites.Add(new MetastaticSiteRow { PatientId = patient, Site = MetastaticSiteKind.Liver });
        db.PriorTreatments.Add(new PriorTreatmentRow { PatientId = patient, Treatment = PriorTreatmentKind.PrimaryTumorResection });
        db.PrrtCycles.Add(new PrrtCycleRow { PatientId = patient, Cycle = 1, Date = new(2020, 2, 1), ActivityGbq = 7.4m, Dose = DoseLevel.Full });
        db.Lesions.Add(new LesionRow { PatientId = patient, LesionId = "M1", Site = LesionSite.Mesentery, MesentericMass = true, Nodal = true, Role = LesionRole.Target });
        db.Reads.Add(new ReadRow { ReadId = Read, PatientId = patient, ExamDate = new(2020, 1, 10), Modality = Modality.Ct, Reader = Reader.Local });
        db.Measurements.Add(new MeasurementRow { ReadId = Read, LesionId = "M1", PatientId = patient, DiameterMm = 40m });
        db.Symptoms.Add(new SymptomRow { PatientId = patient, Date = new(2020, 3, 1), Domain = SymptomDomain.Mm, Symptom = Symptom.Diarrhea, Intensity = 3 });
        db.Labs.Add(new LabRow { PatientId = patient, Date = new(2020, 3, 1), Test = LabTest.Cga, Value = 120m, Uln = 100m });
        db.Complications.Add(new ComplicationRow { PatientId = patient, Date = new(2020, 5, 1), Type = ComplicationType.AbdominalPain });
        db.Progressions.Add(new ProgressionRow { PatientId = patient, Date = new(2021, 1, 1), Scope = ProgressionScope.NonMm });
        db.SaveChanges();
    }

    /// <summary>One step: a form (or the grid) loaded, altered, posted; then the checks. Returns how the post was answered.</summary>
    public async Task<HttpStatusCode> StepAsync()
    {
        var status = _random.Next(Forms.Length + 1) == Forms.Length ? await GridAsync() : await FormAsync(Forms[_random.Next(Forms.Length)]);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity,
            $"seed {seed}: answered {(int)status}");
        if (++_steps % WholeCheckEvery == 0)
            CheckAll();
        else
            CheckPatient();
        return status;
    }

    private async Task<HttpStatusCode> FormAsync((string Page, string Handler) form)
    {
        var path = $"/patients/{patient}{form.Page}";
        // The page is one form of all its tables; the walk alters one table's names (after its prefix) and posts the page.
        var page = HtmlForm.Fields(await client.GetPageAsync(path), CaseReportFormTests.PageForm);
        var prefix = form.Handler + "/";
        var fields = page.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[prefix.Length..], p => p.Value, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (name.Split(':') is [_, var column] && !name.StartsWith("new:", StringComparison.Ordinal) && !name.StartsWith("version:", StringComparison.Ordinal))
                Remember(column, value);
        }
        var posted = new Dictionary<string, string>(fields);
        // One or two cells of stored rows changed, as a person would.
        var cells = fields.Keys.Where(k => k.Split(':') is [var row, _] && !row.StartsWith("new", StringComparison.Ordinal) && row is not ("was" or "version" or "delete")).ToList();
        var edited = new List<string>();
        for (var n = cells.Count == 0 ? 0 : _random.Next(1, 3); n > 0; n--)
        {
            var cell = cells[_random.Next(cells.Count)];
            posted[cell] = Candidate(cell.Split(':')[1], fields[cell]);
            edited.Add(cell);
        }
        // The hidden fields: some altered at random; for an edited cell, was: often set to its new value (the silent edit) or forged.
        foreach (var (name, value) in fields)
        {
            if (!name.StartsWith("was:", StringComparison.Ordinal) && !name.StartsWith("version:", StringComparison.Ordinal))
                continue;
            var cell = name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];
            if (edited.Contains(cell) && _random.NextDouble() < 0.6)
                posted[name] = _random.NextDouble() < 0.5 ? posted[cell] : _random.Next(0, 100).ToString(CultureInfo.InvariantCulture);
            else if (_random.NextDouble() < 0.2)
                posted[name] = Tampered(name, value, posted);
            if (name.StartsWith("version:", StringComparison.Ordinal) && _random.NextDouble() < 0.05)
                posted["delete:" + cell] = "on";
        }
        if (_random.NextDouble() < 0.6)
            posted["reason"] = "property step";
        var sent = page.Where(p => !p.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (name, value) in posted)
            sent[name == "reason" ? name : prefix + name] = value;
        return (await client.PostRawAsync(path, sent)).StatusCode;
    }

    private async Task<HttpStatusCode> GridAsync()
    {
        var token = await client.TokenAsync($"/patients/{patient}/reads/{Read}");
        var cell = _random.Next(3) switch { 0 => "M1:diameter_mm", 1 => "M1:too_small_to_measure", _ => "M1:non_target_status" };
        var value = _random.Next(4) switch { 0 => "", 1 => "yes", 2 => "35", _ => _random.Next(10, 60).ToString(CultureInfo.InvariantCulture) };
        var body = new { cells = new Dictionary<string, string> { [cell] = value }, reason = _random.NextDouble() < 0.6 ? "property step" : null };
        return (await client.PostJsonAsync($"/patients/{patient}/reads/{Read}/measurements", body, token)).StatusCode;
    }

    /// <summary>A hidden field altered: emptied, garbage, the value posted for its cell (the silent edit), a number, a neighbouring version.</summary>
    private string Tampered(string name, string value, Dictionary<string, string> posted)
    {
        var cell = name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return _random.Next(5) switch
        {
            0 => "",
            1 => "garbage",
            2 when name.StartsWith("was:", StringComparison.Ordinal) => posted.GetValueOrDefault(cell, ""),
            3 when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) =>
                (version + _random.Next(-1, 2)).ToString(CultureInfo.InvariantCulture),
            _ => _random.Next(0, 100).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A value for a cell: one seen in this column, empty, or a number.</summary>
    private string Candidate(string column, string current)
    {
        var seen = _seen.GetValueOrDefault(column)?.Where(v => v != current).ToList() ?? [];
        return _random.Next(5) switch
        {
            < 2 when seen.Count > 0 => seen[_random.Next(seen.Count)],
            2 => "",
            3 => (_random.Next(0, 20) / 2m).ToString(CultureInfo.InvariantCulture),
            _ => (_random.Next(0, 5) + 0.5m).ToString(CultureInfo.InvariantCulture),
        };
    }

    private void Remember(string column, string value)
    {
        if (!_seen.TryGetValue(column, out var values))
            _seen[column] = values = new HashSet<string>(StringComparer.Ordinal);
        values.Add(value);
    }

    /// <summary>The chain verifies and the replayed trail is the database; then <see cref="CheckPatient"/>.</summary>
    public void CheckAll()
    {
        using (var db = app.OpenDatabase())
        {
            var chain = AuditTrail.Verify(db);
            Assert.True(chain.IsIntact, $"seed {seed}: {chain.Message}");
            var replay = AuditReplay.Reconcile(db);
            Assert.True(replay.IsIntact, $"seed {seed}, step {_steps}: " + string.Join("\n", replay.Differences.Select(d => d.Describe())));
        }
        CheckPatient();
    }

    /// <summary>
    /// Each of the patient's rows is at version 1 + the saves that updated it; every delete, and every update of a
    /// stored value (its old value, the stored one, not empty), has its reason — only a first entry into an empty field may have none.
    /// </summary>
    private void CheckPatient()
    {
        using var db = app.OpenDatabase();
        var entries = AuditTrail.ForPatient(db, patient);
        Assert.All(entries.Where(e => e.Action == AuditAction.Delete || (e.Action == AuditAction.Update && e.OldValue is not null)),
            e => Assert.False(string.IsNullOrWhiteSpace(e.Reason), $"seed {seed}: entry {e.Id} changes a stored value without a reason"));
        var saves = SavesSinceInsert(entries);
        foreach (var (entity, row) in Rows(db))
            Assert.True(row.Version == 1 + saves.GetValueOrDefault((entity, row.AuditKey)), $"seed {seed}: {entity} {row.AuditKey} is at version {row.Version}");
    }

    /// <summary>For each row, the number of saves that updated it since it was (last) inserted.</summary>
    private static Dictionary<(string, string), int> SavesSinceInsert(IReadOnlyList<AuditEntry> entries)
    {
        var saves = new Dictionary<(string, string), HashSet<DateTime>>();
        foreach (var entry in entries)
        {
            var key = (entry.Entity, entry.EntityKey);
            if (entry.Action == AuditAction.Insert)
                saves[key] = [];
            else if (entry.Action == AuditAction.Update && saves.TryGetValue(key, out var times))
                times.Add(entry.AtUtc);
        }
        return saves.ToDictionary(s => s.Key, s => s.Value.Count);
    }

    private List<(string Entity, CohortRow Row)> Rows(LutetiaDbContext db)
    {
        IEnumerable<(string, CohortRow)> Of<T>(string entity, IQueryable<T> rows) where T : CohortRow =>
            rows.AsNoTracking().AsEnumerable().Select(r => (entity, (CohortRow)r));
        return Of("patients", db.Patients.Where(r => r.PatientId == patient))
            .Concat(Of("metastatic_sites", db.MetastaticSites.Where(r => r.PatientId == patient)))
            .Concat(Of("prior_treatments", db.PriorTreatments.Where(r => r.PatientId == patient)))
            .Concat(Of("prrt_cycles", db.PrrtCycles.Where(r => r.PatientId == patient)))
            .Concat(Of("lesions", db.Lesions.Where(r => r.PatientId == patient)))
            .Concat(Of("reads", db.Reads.Where(r => r.PatientId == patient)))
            .Concat(Of("measurements", db.Measurements.Where(r => r.PatientId == patient)))
            .Concat(Of("symptoms", db.Symptoms.Where(r => r.PatientId == patient)))
            .Concat(Of("labs", db.Labs.Where(r => r.PatientId == patient)))
            .Concat(Of("complications", db.Complications.Where(r => r.PatientId == patient)))
            .Concat(Of("progression", db.Progressions.Where(r => r.PatientId == patient)))
            .ToList();
    }
}
