using Lutetia.Domain;

namespace Lutetia.Domain.Tests;

public sealed class PatientRecordTests
{
    private static readonly PatientId P1 = new("P1");

    [Fact]
    public void Cycles_are_ordered_by_number_and_reads_by_date_whatever_the_file_order()
    {
        var cohort = new Cohort
        {
            Patients = [new Patient { Id = P1, Center = new CenterId("C1"), Sex = Sex.Male, PrimarySite = PrimarySite.Ileum, Differentiation = Differentiation.Well, PriorPrrt = false, LastNewsDate = new DateOnly(2020, 1, 1) }],
            PrrtCycles = [new PrrtCycle(P1, 2, new DateOnly(2016, 3, 1), null, DoseLevel.Full), new PrrtCycle(P1, 1, new DateOnly(2016, 1, 5), null, DoseLevel.Full)],
            Reads = [new Read(new ReadId("B"), P1, new DateOnly(2016, 9, 1), Modality.Ct, Reader.Local), new Read(new ReadId("A"), P1, new DateOnly(2015, 12, 1), Modality.Ct, Reader.Local)],
            Measurements = [new Measurement { Read = new ReadId("A"), Lesion = new LesionId("L1"), DiameterMm = 30 }],
        };

        var record = Assert.Single(cohort.PatientRecords());

        Assert.Equal(new DateOnly(2016, 1, 5), record.FirstDose);
        Assert.Equal(new DateOnly(2016, 3, 1), record.LastDose);
        Assert.Equal("A", record.Reads[0].Id.Value);
        Assert.Single(record.MeasurementsOf(new ReadId("A")));
        Assert.Empty(record.MeasurementsOf(new ReadId("B")));
    }

    [Fact]
    public void A_patient_without_cycles_has_no_first_dose()
    {
        var record = new PatientRecord { Patient = new Patient { Id = P1, Center = new CenterId("C1"), Sex = Sex.Female, PrimarySite = PrimarySite.Ileum, Differentiation = Differentiation.Well, PriorPrrt = false, LastNewsDate = new DateOnly(2020, 1, 1) } };

        Assert.Null(record.FirstDose);
        Assert.Null(record.LastDose);
    }

    [Fact]
    public void A_measurement_with_no_value_means_not_assessed()
    {
        Assert.True(new Measurement { Read = new ReadId("R"), Lesion = new LesionId("L") }.IsEmpty);
        Assert.False(new Measurement { Read = new ReadId("R"), Lesion = new LesionId("L"), DiameterMm = 0 }.IsEmpty);
    }
}
