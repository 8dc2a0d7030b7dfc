using Lutetia.Storage;
using Lutetia.Workflow.Patients;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Tests.Patients;

/// <summary>
/// The case report forms' use cases: who may open and save, and the server's rules — the stored row
/// is the original, what the form says it was opened with only detects a conflict or an altered form.
/// </summary>
public sealed class SaveFormTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The tumour form of P1 as a browser would post it back, with <paramref name="changes"/> over it.</summary>
    private static async Task<Dictionary<string, string>> PostedAsync(WorkflowScope scope, params (string Column, string Value)[] changes)
    {
        var opened = (await scope.Get<OpenForm>().RunAsync(PatientStudy.Coordinator, CrfForm.Tumour, "P1", Cancellation)).Value;
        var row = Assert.Single(opened.Rows);
        var posted = new Dictionary<string, string>(StringComparer.Ordinal) { [$"version:{row.Key}"] = row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (cell, text) in row.Cells)
        {
            posted[cell] = text;
            posted["was:" + cell] = text;
        }
        foreach (var (column, value) in changes)
            posted[FormRows.Cell(row.Key, column)] = value;
        return posted;
    }

    [Fact]
    public async Task An_investigator_of_another_centre_does_not_find_the_patient_and_saves_nothing()
    {
        using var study = new PatientStudy();
        var scope = study.Scope();
        var posted = await PostedAsync(scope, ("ecog", "3"));

        var opened = await scope.Get<OpenForm>().RunAsync(PatientStudy.OtherInvestigator, CrfForm.Tumour, "P1", Cancellation);
        var saved = await scope.Get<SaveForm>().RunAsync(PatientStudy.OtherInvestigator, CrfForm.Tumour, "P1", posted, Cancellation);

        Assert.Equal(RefusalKind.NotFound, opened.Refusal?.Kind);
        Assert.Equal(RefusalKind.NotFound, saved.Refusal?.Kind);
        using var db = study.Check();
        Assert.Equal(1, db.Patients.Single().Ecog);
    }

    [Fact]
    public async Task A_reviewer_reads_the_form_but_its_save_is_refused_with_who_may()
    {
        using var study = new PatientStudy();
        var scope = study.Scope();
        var posted = await PostedAsync(scope, ("ecog", "3"));

        var opened = await scope.Get<OpenForm>().RunAsync(PatientStudy.Reviewer, CrfForm.Tumour, "P1", Cancellation);
        var saved = await scope.Get<SaveForm>().RunAsync(PatientStudy.Reviewer, CrfForm.Tumour, "P1", posted, Cancellation);

        Assert.False(opened.Value.CanWrite);
        Assert.Equal(RefusalKind.Forbidden, saved.Refusal?.Kind);
        Assert.Contains("only a coordinator or investigator may change patients", saved.Refusal!.Message, StringComparison.Ordinal);
        using var db = study.Check();
        Assert.Equal(1, db.Patients.Single().Ecog);
    }

    [Fact]
    public async Task A_was_field_altered_with_the_current_version_is_an_altered_form_and_writes_nothing()
    {
        using var study = new PatientStudy();
        var scope = study.Scope();
        var posted = await PostedAsync(scope, ("ecog", "3"));
        posted[posted.Keys.Single(k => k.StartsWith("was:", StringComparison.Ordinal) && k.EndsWith(":ecog", StringComparison.Ordinal))] = "3";
        long entries;
        using (var before = study.Check())
            entries = before.AuditEntries.LongCount();

        var saved = await scope.Get<SaveForm>().RunAsync(PatientStudy.Coordinator, CrfForm.Tumour, "P1", posted, Cancellation);

        Assert.Equal(RefusalKind.Conflict, saved.Refusal?.Kind);
        Assert.Contains("the form says ecog was \"3\"", saved.Refusal!.Message, StringComparison.Ordinal);
        Assert.Contains("the form was altered", saved.Refusal.Message, StringComparison.Ordinal);
        using var db = study.Check();
        Assert.Equal((1, entries), (db.Patients.Single().Ecog, db.AuditEntries.LongCount()));
    }

    [Fact]
    public async Task A_change_needs_a_reason_then_the_trail_has_the_stored_old_value_and_the_account()
    {
        using var study = new PatientStudy();
        var scope = study.Scope();
        var posted = await PostedAsync(scope, ("ki67_percent", "4.5"));
        posted[posted.Keys.Single(k => k.StartsWith("was:", StringComparison.Ordinal) && k.EndsWith(":ki67_percent", StringComparison.Ordinal))] = "";
        posted[posted.Keys.Single(k => k.StartsWith("version:", StringComparison.Ordinal))] = "0";

        var refused = await scope.Get<SaveForm>().RunAsync(PatientStudy.Investigator, CrfForm.Tumour, "P1", posted, Cancellation);
        posted = await PostedAsync(scope, ("ki67_percent", "4.5"));
        posted["reason"] = "from the pathology report";
        var saved = await scope.Get<SaveForm>().RunAsync(PatientStudy.Investigator, CrfForm.Tumour, "P1", posted, Cancellation);

        // A stale version with a was: the database never held: a conflict naming who saved and the stored value.
        Assert.Equal(RefusalKind.Conflict, refused.Refusal?.Kind);
        Assert.Contains("ki67_percent was changed by test:seed", refused.Refusal!.Message, StringComparison.Ordinal);
        Assert.Contains("it is now \"2.5\"", refused.Refusal.Message, StringComparison.Ordinal);
        Assert.True(saved.Succeeded, saved.ToString());
        using var db = study.Check();
        var entry = db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).First();
        Assert.Equal(("ki67_percent", "2.5", "4.5", "from the pathology report", PatientStudy.Investigator.UserName),
            (entry.Field, entry.OldValue, entry.NewValue, entry.Reason, entry.User));
    }

    [Fact]
    public async Task Without_a_reason_the_refusal_names_the_reason_field_only()
    {
        using var study = new PatientStudy();
        var scope = study.Scope();
        var posted = await PostedAsync(scope, ("ecog", "2"));

        var saved = await scope.Get<SaveForm>().RunAsync(PatientStudy.Coordinator, CrfForm.Tumour, "P1", posted, Cancellation);

        Assert.Equal(RefusalKind.Invalid, saved.Refusal?.Kind);
        Assert.Equal("reason", Assert.Single(saved.Refusal!.Fields).Field);
    }

    [Fact]
    public async Task An_investigator_creates_patients_in_their_own_centre_only()
    {
        using var study = new PatientStudy();
        var scope = study.Scope();
        Dictionary<string, string> NewPatient(string center) => new(StringComparer.Ordinal)
        {
            ["new:patient_id"] = "P9",
            ["new:center_id"] = center,
            ["new:sex"] = "male",
            ["new:primary_site"] = "ileum",
            ["new:differentiation"] = "well",
            ["new:prior_prrt"] = "no",
            ["new:last_news_date"] = "2021-05-01",
        };

        var elsewhere = await scope.Get<SaveForm>().RunAsync(PatientStudy.Investigator, CrfForm.NewPatient, "", NewPatient("C2"), Cancellation);
        var centres = await scope.Get<NewPatientCentres>().RunAsync(PatientStudy.Investigator, Cancellation);
        var own = await scope.Get<SaveForm>().RunAsync(PatientStudy.Investigator, CrfForm.NewPatient, "", NewPatient("C1"), Cancellation);
        var again = await scope.Get<SaveForm>().RunAsync(PatientStudy.Coordinator, CrfForm.NewPatient, "", NewPatient("C2"), Cancellation);

        Assert.Equal("You enter the patients of your own centre, C1, only: set center_id to C1.", elsewhere.Refusal?.Message);
        Assert.Equal(["C1"], centres.Value);
        Assert.True(own.Succeeded, own.ToString());
        Assert.Equal(SaveForm.UnavailableIdentifier, again.Refusal?.Message);
        using var db = study.Check();
        Assert.Equal("C1", db.Patients.Single(p => p.PatientId == "P9").CenterId);
    }

    [Fact]
    public async Task An_investigator_before_release_opens_the_local_reads_only()
    {
        using var study = new PatientStudy();
        var scope = study.Scope();

        var investigator = await scope.Get<OpenForm>().RunAsync(PatientStudy.Investigator, CrfForm.Reads, "P1", Cancellation);
        var coordinator = await scope.Get<OpenForm>().RunAsync(PatientStudy.Coordinator, CrfForm.Reads, "P1", Cancellation);
        var reads = await scope.Get<Lutetia.Workflow.Imaging.PatientReads>().RunAsync(PatientStudy.Investigator, "P1", Cancellation);

        Assert.Equal(["R1"], investigator.Value.Rows.Select(r => r.Cells[FormRows.Cell(r.Key, "read_id")]));
        Assert.Equal(2, coordinator.Value.Rows.Count);
        Assert.Equal(["R1"], reads.Value.Select(r => r.ReadId));
    }
}
