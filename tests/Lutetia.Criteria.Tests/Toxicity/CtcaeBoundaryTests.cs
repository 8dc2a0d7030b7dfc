using Lutetia.Criteria.Toxicity;

namespace Lutetia.Criteria.Tests.Toxicity;

/// <summary>
/// One value on each side of every CTCAE v5.0 threshold, in exact decimals (LLN 12 g/dL,
/// ULN 1.0 mg/dL), and the same boundaries recorded in the other units.
/// </summary>
public sealed class CtcaeBoundaryTests
{
    [Theory]
    [InlineData("12.0", 0)]
    [InlineData("11.9", 1)]
    [InlineData("10.0", 1)]
    [InlineData("9.9", 2)]
    [InlineData("8.0", 2)]
    [InlineData("7.9", 3)]
    [InlineData("4.0", 3)]
    public void Haemoglobin_grades_at_10_and_8_g_per_dL(string hb, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(CtcaeTerm.Anemia, 0, hb, "g/dL", lln: "12")));
    }

    [Theory]
    [InlineData("100", 1)]
    [InlineData("99", 2)]
    [InlineData("80", 2)]
    [InlineData("79", 3)]
    public void Haemoglobin_in_g_per_L_has_the_same_boundaries(string hb, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(CtcaeTerm.Anemia, 0, hb, "g/L", lln: "120")));
    }

    [Theory]
    [InlineData("150", 0)]
    [InlineData("75", 1)]
    [InlineData("74.9", 2)]
    [InlineData("50", 2)]
    [InlineData("49.9", 3)]
    [InlineData("25", 3)]
    [InlineData("24.9", 4)]
    public void Platelets_grade_at_75_50_and_25_per_nanolitre(string platelets, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(CtcaeTerm.PlateletCountDecreased, 0, platelets, "10^9/L", lln: "150")));
    }

    [Theory]
    [InlineData("75000", 1)]
    [InlineData("74900", 2)]
    [InlineData("25000", 3)]
    [InlineData("24900", 4)]
    public void Platelets_per_cubic_millimetre_have_the_same_boundaries(string platelets, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(CtcaeTerm.PlateletCountDecreased, 0, platelets, "/mm³", lln: "150000")));
    }

    [Theory]
    [InlineData("1.5", 1)]
    [InlineData("1.49", 2)]
    [InlineData("1.0", 2)]
    [InlineData("0.99", 3)]
    [InlineData("0.5", 3)]
    [InlineData("0.49", 4)]
    public void Neutrophils_grade_at_1_5_1_0_and_0_5(string anc, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(CtcaeTerm.NeutrophilCountDecreased, 0, anc, "10^9/L", lln: "1.8")));
    }

    [Theory]
    [InlineData("3.0", 1)]
    [InlineData("2.99", 2)]
    [InlineData("2.0", 2)]
    [InlineData("1.99", 3)]
    [InlineData("1.0", 3)]
    [InlineData("0.99", 4)]
    public void White_cells_grade_at_3_2_and_1(string wbc, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(CtcaeTerm.WhiteBloodCellDecreased, 0, wbc, "G/L", lln: "4.0")));
    }

    [Theory]
    [InlineData("1.0", 0)]
    [InlineData("0.8", 1)]
    [InlineData("0.79", 2)]
    [InlineData("0.5", 2)]
    [InlineData("0.49", 3)]
    [InlineData("0.2", 3)]
    [InlineData("0.19", 4)]
    public void Lymphocytes_grade_at_0_8_0_5_and_0_2(string lymphocytes, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(CtcaeTerm.LymphocyteCountDecreased, 0, lymphocytes, "10^9/L", lln: "1.0")));
    }

    [Theory]
    [InlineData("1.0", 0)]
    [InlineData("1.01", 1)]
    [InlineData("1.5", 1)]
    [InlineData("1.51", 2)]
    [InlineData("3.0", 2)]
    [InlineData("3.01", 3)]
    [InlineData("6.0", 3)]
    [InlineData("6.01", 4)]
    public void Creatinine_grades_at_1_5_3_and_6_times_the_upper_limit(string creatinine, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(CtcaeTerm.CreatinineIncreased, 0, creatinine, "mg/dL", uln: "1.0")));
    }

    [Theory]
    [InlineData("132.6", 1)]
    [InlineData("132.7", 2)]
    [InlineData("530.4", 3)]
    [InlineData("530.5", 4)]
    public void Creatinine_in_micromoles_grades_on_its_own_upper_limit(string creatinine, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(CtcaeTerm.CreatinineIncreased, 0, creatinine, "µmol/L", uln: "88.4")));
    }

    [Theory]
    [InlineData(CtcaeTerm.AspartateAminotransferaseIncreased, "120", 1)]
    [InlineData(CtcaeTerm.AspartateAminotransferaseIncreased, "121", 2)]
    [InlineData(CtcaeTerm.AlanineAminotransferaseIncreased, "200", 2)]
    [InlineData(CtcaeTerm.AlanineAminotransferaseIncreased, "201", 3)]
    [InlineData(CtcaeTerm.AlanineAminotransferaseIncreased, "800", 3)]
    [InlineData(CtcaeTerm.AlanineAminotransferaseIncreased, "801", 4)]
    [InlineData(CtcaeTerm.AlkalinePhosphataseIncreased, "100", 1)]
    [InlineData(CtcaeTerm.AlkalinePhosphataseIncreased, "101", 2)]
    [InlineData(CtcaeTerm.GgtIncreased, "200", 2)]
    [InlineData(CtcaeTerm.GgtIncreased, "201", 3)]
    [InlineData(CtcaeTerm.GgtIncreased, "40", 0)]
    [InlineData(CtcaeTerm.GgtIncreased, "40.1", 1)]
    public void Enzymes_grade_on_multiples_of_an_upper_limit_of_40(CtcaeTerm term, string value, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(term, 0, value, "U/L", uln: "40")));
    }

    [Theory]
    [InlineData("1.2", 0)]
    [InlineData("1.8", 1)]
    [InlineData("1.81", 2)]
    [InlineData("3.6", 2)]
    [InlineData("3.61", 3)]
    [InlineData("12", 3)]
    [InlineData("12.01", 4)]
    public void Bilirubin_with_a_normal_baseline_grades_on_the_upper_limit(string bilirubin, int grade)
    {
        Assert.Equal(grade, Labs.Grade(Labs.Value(CtcaeTerm.BloodBilirubinIncreased, 0, bilirubin, "mg/dL", uln: "1.2")));
    }
}
