using Lutetia.Domain;

namespace Lutetia.Intake.Tests;

/// <summary>Compares two cohorts table by table, row by row (records compare by value; lists do not).</summary>
public static class CohortAssert
{
    public static void Equal(Cohort expected, Cohort actual)
    {
        Assert.Equal(expected.Centers, actual.Centers);
        Assert.Equal(expected.Patients, actual.Patients);
        Assert.Equal(expected.MetastaticSites, actual.MetastaticSites);
        Assert.Equal(expected.PriorTreatments, actual.PriorTreatments);
        Assert.Equal(expected.PrrtCycles, actual.PrrtCycles);
        Assert.Equal(expected.Lesions, actual.Lesions);
        Assert.Equal(expected.Reads, actual.Reads);
        Assert.Equal(expected.Measurements, actual.Measurements);
        Assert.Equal(expected.Symptoms, actual.Symptoms);
        Assert.Equal(expected.Labs, actual.Labs);
        Assert.Equal(expected.Complications, actual.Complications);
        Assert.Equal(expected.Progressions, actual.Progressions);
    }
}
