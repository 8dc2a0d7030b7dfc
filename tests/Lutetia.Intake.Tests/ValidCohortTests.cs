using Lutetia.Domain;

namespace Lutetia.Intake.Tests;

public sealed class ValidCohortTests
{
    [Fact]
    public void The_hand_made_cohort_is_valid_and_read_into_the_model()
    {
        using var folder = new TemporaryFolder();
        var result = new TestCohort().Read(folder);

        Assert.Empty(result.Problems.Errors);
        var cohort = Assert.IsType<Cohort>(result.Cohort);
        Assert.Equal(2, cohort.Patients.Count);
        Assert.Equal("Centre two, Lyon", cohort.Centers[1].Name);
        var p2 = cohort.Patients[1];
        Assert.Equal(PrrtStopToxicity.Cytopenia, p2.PrrtStopToxicity);
        Assert.Equal(DeathCause.NetNotMm, p2.DeathCause);
        Assert.Equal(new DateOnly(2019, 12, 1), p2.DeathDate);
        Assert.Equal(SmaStage.IIIUp, cohort.Patients[0].SmaStage);
        Assert.Equal(25.0m, cohort.Measurements[1].DiameterMm);
        Assert.Equal("25.0", cohort.Measurements[1].DiameterMm!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(cohort.Measurements[5].TooSmallToMeasure);
        Assert.Equal(Modality.Pet68Ga, cohort.Reads[6].Modality);
        Assert.Equal(1.0m, cohort.Reads[6].LiverSulMean);
        Assert.Equal(6, result.Summary.Count("prrt_cycles"));
    }

    [Fact]
    public void Enumerations_and_booleans_are_case_insensitive_and_trimmed()
    {
        using var folder = new TemporaryFolder();
        var result = new TestCohort()
            .Set("patients", 2, "sex", " Female ")
            .Set("patients", 2, "prior_prrt", "NO")
            .Set("patients", 2, "sma_stage", "IIIup")
            .Read(folder);

        Assert.Empty(result.Problems.Errors);
        Assert.Equal(Sex.Female, result.Cohort!.Patients[0].Sex);
        Assert.Equal(SmaStage.IIIUp, result.Cohort.Patients[0].SmaStage);
    }

    [Fact]
    public void Optional_files_and_optional_columns_may_be_absent()
    {
        using var folder = new TemporaryFolder();
        var result = new TestCohort()
            .RemoveFile("progression").RemoveFile("symptoms").RemoveFile("labs")
            .RemoveColumn("patients", "ki67_percent").RemoveColumn("reads", "liver_sul_sd")
            .Read(folder);

        Assert.Empty(result.Problems.Errors);
        Assert.Null(result.Cohort!.Patients[0].Ki67Percent);
        Assert.Empty(result.Cohort.Progressions);
    }

    [Fact]
    public void Patient_records_group_every_row_with_its_patient()
    {
        using var folder = new TemporaryFolder();
        var records = new TestCohort().Read(folder).Cohort!.PatientRecords();

        var p1 = records[0];
        Assert.Equal(new DateOnly(2016, 1, 5), p1.FirstDose);
        Assert.Equal(new DateOnly(2016, 6, 21), p1.LastDose);
        Assert.Equal(4, p1.Lesions.Count);
        Assert.Equal(5, p1.Reads.Count);
        Assert.Equal(new DateOnly(2015, 11, 20), p1.Reads[0].ExamDate);
        Assert.Equal(4, p1.MeasurementsOf(new ReadId("R3")).Count);
        Assert.Single(records[1].Progressions);
    }

    [Fact]
    public void A_synthetic_cohort_is_valid()
    {
        using var folder = new TemporaryFolder();
        var cohort = SyntheticCohort.Generate(new SynthesisOptions(150, Seed: 7));
        CsvCohortWriter.Write(cohort, folder.Path);

        var result = CohortReader.Read(folder.Path, new ReadOptions(TestCohort.Today));

        Assert.Empty(result.Problems.Errors);
        Assert.Equal(150, result.Cohort!.Patients.Count);
    }
}
