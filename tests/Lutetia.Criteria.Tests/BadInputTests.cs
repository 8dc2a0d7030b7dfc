using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>Malformed input is refused with a message naming the lesion and the read, never scored.</summary>
public sealed class BadInputTests
{
    private static void Refused(Func<object> action, params string[] named)
    {
        var e = Assert.ThrowsAny<ArgumentException>(action);
        foreach (var name in named)
            Assert.Contains(name, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_diameter_is_refused_naming_lesion_and_read()
    {
        Refused(() => new SeriesBuilder().Target("L1").Read(-7, "30").Read(60, "-3").Build(), "L1", "R1", "negative diameter (-3 mm)");
    }

    [Fact]
    public void Reads_out_of_date_order_are_refused_naming_both_reads()
    {
        Refused(() => new SeriesBuilder().Target("L1").Read(60, "30").Read(-7, "20").Build(), "R1 (2018-12-25)", "R0 (2019-03-02)");
    }

    [Fact]
    public void Two_reads_on_the_same_date_are_refused()
    {
        Refused(() => new SeriesBuilder().Target("L1").Read(-7, "30").Read(-7, "20").Build(), "R1", "R0");
    }

    [Fact]
    public void A_lesion_measured_twice_in_one_read_is_refused()
    {
        var lesion = new Lesion(SeriesBuilder.Patient, new LesionId("L1"), LesionSite.Liver, false, false, LesionRole.Target);
        var read = new Read(new ReadId("R0"), SeriesBuilder.Patient, SeriesBuilder.FirstDose, Modality.Ct, Reader.Local);
        var row = new Measurement { Read = read.Id, Lesion = lesion.Id, DiameterMm = 20 };

        Refused(() => ReadSeries.Create([lesion], [new SeriesRead(read, [row, row with { DiameterMm = 21 }])]), "L1 is measured twice in read R0");
    }

    [Fact]
    public void A_series_without_any_read_has_no_baseline()
    {
        Refused(() => ReadSeries.Create([], []), "no baseline read");
    }

    [Fact]
    public void A_target_recorded_with_a_non_target_status_is_refused()
    {
        var series = new SeriesBuilder().Target("L1").Read(-7, "30").Read(60, "present").Build();

        Refused(() => Recist11.Assess(series), "L1", "R1", "non-target status present");
    }

    [Fact]
    public void A_non_target_recorded_with_a_diameter_is_refused()
    {
        var series = new SeriesBuilder().NonTarget("NT").Read(-7, "present").Read(60, "12").Build();

        Refused(() => Recist11.Assess(series), "NT", "R1");
    }

    [Fact]
    public void A_measurement_of_a_lesion_outside_the_series_is_refused()
    {
        var read = new Read(new ReadId("R0"), SeriesBuilder.Patient, SeriesBuilder.FirstDose, Modality.Ct, Reader.Local);

        Refused(() => ReadSeries.Create([], [new SeriesRead(read, [new Measurement { Read = read.Id, Lesion = new LesionId("GHOST"), DiameterMm = 3 }])]),
            "R0", "GHOST");
    }

    [Fact]
    public void A_krenning_grade_outside_0_to_4_is_refused()
    {
        var lesion = MetabolicWorkedVectorTests.Lesion("A");

        Refused(() => ReadSeries.Create([lesion], [MetabolicWorkedVectorTests.Read("b", -7, null, null, MetabolicWorkedVectorTests.Row("b", "A", krenning: 5))]),
            "Lesion A at read b", "Krenning grade of 5");
    }

    [Fact]
    public void Recist_refuses_a_somatostatin_receptor_read()
    {
        var series = new SeriesBuilder(Modality.Pet68Ga).Target("L1").Read(-7, "30").Build();

        Refused(() => Recist11.Assess(series), "R0", "pet_68ga");
    }

    [Fact]
    public void A_read_the_patient_does_not_have_is_refused()
    {
        Refused(() => ReadSeries.FromRecord(RecordTests.Record(), [new ReadId("NOPE")]), "NOPE", "P1");
    }
}
