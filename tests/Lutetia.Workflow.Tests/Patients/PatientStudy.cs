using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Tests.Patients;

/// <summary>
/// Two centres, patient P1 of centre C1 with a lesion and a local and a central CT read, saved by
/// <c>test:seed</c>; the accounts of each role; the use cases over one database.
/// </summary>
internal sealed class PatientStudy : IDisposable
{
    public static readonly Account Coordinator = new("coordinator@lutetia.test", LutetiaRole.Coordinator, null);
    public static readonly Account Investigator = new("investigator@lutetia.test", LutetiaRole.Investigator, "C1");
    public static readonly Account OtherInvestigator = new("other@lutetia.test", LutetiaRole.Investigator, "C2");
    public static readonly Account Reviewer = new("reviewer@lutetia.test", LutetiaRole.Reviewer, null);

    private readonly TestStore _store = TestStore.Create(DatabaseProvider.Sqlite);
    private readonly List<IDisposable> _opened = [];

    public PatientStudy()
    {
        using var db = _store.Open("test:seed");
        db.Centers.AddRange(new CenterRow { CenterId = "C1", Name = "One" }, new CenterRow { CenterId = "C2", Name = "Two" });
        db.Patients.Add(new PatientRow
        {
            PatientId = "P1",
            CenterId = "C1",
            Sex = Sex.Male,
            PrimarySite = PrimarySite.Ileum,
            Differentiation = Differentiation.Well,
            Ki67Percent = 2.5m,
            Ecog = 1,
            LastNewsDate = new(2021, 6, 1),
            BirthDate = new(1950, 1, 1),
        });
        db.Lesions.Add(new LesionRow { PatientId = "P1", LesionId = "M1", Site = LesionSite.Mesentery, MesentericMass = true, Nodal = true, Role = LesionRole.Target });
        db.Reads.Add(new ReadRow { ReadId = "R1", PatientId = "P1", ExamDate = new(2020, 1, 10), Modality = Modality.Ct, Reader = Reader.Local });
        db.Reads.Add(new ReadRow { ReadId = "X1", PatientId = "P1", ExamDate = new(2020, 1, 10), Modality = Modality.Ct, Reader = Reader.Central });
        db.Measurements.Add(new MeasurementRow { ReadId = "R1", LesionId = "M1", PatientId = "P1", DiameterMm = 40m });
        db.SaveChanges();
    }

    /// <summary>The use cases over a new context.</summary>
    public WorkflowScope Scope()
    {
        var db = _store.Open("web:anonymous");
        var scope = WorkflowScope.Over(db);
        _opened.Add(scope);
        _opened.Add(db);
        return scope;
    }

    public LutetiaDbContext Check() => _store.Open("test:check");

    public void Dispose()
    {
        foreach (var opened in _opened)
            opened.Dispose();
        _store.Dispose();
    }
}
