using Lutetia.Domain;

namespace Lutetia.Web.Tests;

/// <summary>
/// The cohort the web tests start from: two centres, one patient in each (P1 in C1, P2 in C2), each
/// with a mesenteric mass and a CT baseline and follow-up read — enough for every page to have
/// something to show (both patients are included in the analysis) and for an investigator of C1 to have a patient of another centre to be refused.
/// </summary>
public static class WebCohort
{
    public const string OwnPatient = "P1";
    public const string OtherPatient = "P2";
    public const string OwnCenter = "C1";
    public const string OtherCenter = "C2";

    public static Cohort Build()
    {
        Patient Patient(string id, string center) => new()
        {
            Id = new PatientId(id),
            Center = new CenterId(center),
            Sex = Sex.Female,
            PrimarySite = PrimarySite.Ileum,
            Differentiation = Differentiation.Well,
            PriorPrrt = false,
            Ki67Percent = 4m,
            LastNewsDate = new DateOnly(2021, 3, 1),
            MmRetractile = true, // both included in the MesenLuth analysis, so the review queue and the report have something to show
        };
        Read Read(string id, string patient, DateOnly date) => new(new ReadId(id), new PatientId(patient), date, Modality.Ct, Reader.Local);
        Measurement Diameter(string read, decimal mm) => new() { Read = new ReadId(read), Lesion = new LesionId("M1"), DiameterMm = mm };
        return new Cohort
        {
            Centers = [new Center(new CenterId(OwnCenter), "Lyon"), new Center(new CenterId(OtherCenter), "Nantes")],
            Patients = [Patient(OwnPatient, OwnCenter), Patient(OtherPatient, OtherCenter)],
            PrrtCycles =
            [
                new PrrtCycle(new PatientId(OwnPatient), 1, new DateOnly(2020, 2, 1), 7.4m, DoseLevel.Full),
                new PrrtCycle(new PatientId(OtherPatient), 1, new DateOnly(2020, 2, 3), 7.4m, DoseLevel.Full),
            ],
            Lesions =
            [
                new Lesion(new PatientId(OwnPatient), new LesionId("M1"), LesionSite.Mesentery, true, true, LesionRole.Target),
                new Lesion(new PatientId(OtherPatient), new LesionId("M1"), LesionSite.Mesentery, true, true, LesionRole.Target),
            ],
            Reads =
            [
                Read("R1", OwnPatient, new DateOnly(2020, 1, 10)), Read("R2", OwnPatient, new DateOnly(2020, 7, 10)),
                Read("S1", OtherPatient, new DateOnly(2020, 1, 12)), Read("S2", OtherPatient, new DateOnly(2020, 7, 12)),
            ],
            Measurements = [Diameter("R1", 40m), Diameter("R2", 36m), Diameter("S1", 30m), Diameter("S2", 31m)],
        };
    }
}
