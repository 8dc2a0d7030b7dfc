namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// The thresholds of the CTCAE v5.0 laboratory terms (NCI, 27 Nov 2017). Defaults are the published
/// values; absolute thresholds are in the canonical unit of <see cref="LabUnits"/>. Only the
/// laboratory part of a grade is scored: anemia grade 3 "transfusion indicated" and grade 4
/// "life-threatening" are clinical and stay with the investigator.
/// </summary>
public sealed record CtcaeParameters
{
    /// <summary>Anemia: &lt;LLN - 10.0 g/dL; &lt;10.0 - 8.0 g/dL; &lt;8.0 g/dL (no laboratory grade 4).</summary>
    public DecreaseScale Anemia { get; init; } = new(10.0m, 8.0m, null);

    /// <summary>Platelet count decreased: &lt;LLN - 75.0; &lt;75.0 - 50.0; &lt;50.0 - 25.0; &lt;25.0 × 10^9/L.</summary>
    public DecreaseScale Platelets { get; init; } = new(75.0m, 50.0m, 25.0m);

    /// <summary>Neutrophil count decreased: &lt;LLN - 1.5; &lt;1.5 - 1.0; &lt;1.0 - 0.5; &lt;0.5 × 10^9/L.</summary>
    public DecreaseScale Neutrophils { get; init; } = new(1.5m, 1.0m, 0.5m);

    /// <summary>White blood cell decreased: &lt;LLN - 3.0; &lt;3.0 - 2.0; &lt;2.0 - 1.0; &lt;1.0 × 10^9/L.</summary>
    public DecreaseScale WhiteBloodCells { get; init; } = new(3.0m, 2.0m, 1.0m);

    /// <summary>Lymphocyte count decreased: &lt;LLN - 0.8; &lt;0.8 - 0.5; &lt;0.5 - 0.2; &lt;0.2 × 10^9/L.</summary>
    public DecreaseScale Lymphocytes { get; init; } = new(0.8m, 0.5m, 0.2m);

    /// <summary>Creatinine increased: &gt;ULN - 1.5 × ULN; &gt;1.5 - 3.0 × ULN; &gt;3.0 - 6.0 × ULN; &gt;6.0 × ULN.</summary>
    public IncreaseScale CreatinineUln { get; init; } = IncreaseScale.AboveUln(1.5m, 3.0m, 6.0m);

    /// <summary>Creatinine increased against the baseline: grade 2 &gt;1.5 - 3.0 × baseline; grade 3 &gt;3.0 × baseline.</summary>
    public IncreaseScale CreatinineBaseline { get; init; } = new(null, false, 1.5m, 3.0m, null);

    /// <summary>AST and ALT increased, baseline normal: &gt;ULN - 3.0; &gt;3.0 - 5.0; &gt;5.0 - 20.0; &gt;20.0 × ULN.</summary>
    public IncreaseScale AminotransferaseUln { get; init; } = IncreaseScale.AboveUln(3.0m, 5.0m, 20.0m);

    /// <summary>AST and ALT increased, baseline abnormal: 1.5 - 3.0; &gt;3.0 - 5.0; &gt;5.0 - 20.0; &gt;20.0 × baseline.</summary>
    public IncreaseScale AminotransferaseBaseline { get; init; } = new(1.5m, true, 3.0m, 5.0m, 20.0m);

    /// <summary>Alkaline phosphatase and GGT increased, baseline normal: &gt;ULN - 2.5; &gt;2.5 - 5.0; &gt;5.0 - 20.0; &gt;20.0 × ULN.</summary>
    public IncreaseScale PhosphataseUln { get; init; } = IncreaseScale.AboveUln(2.5m, 5.0m, 20.0m);

    /// <summary>Alkaline phosphatase and GGT increased, baseline abnormal: 2.0 - 2.5; &gt;2.5 - 5.0; &gt;5.0 - 20.0; &gt;20.0 × baseline.</summary>
    public IncreaseScale PhosphataseBaseline { get; init; } = new(2.0m, true, 2.5m, 5.0m, 20.0m);

    /// <summary>Blood bilirubin increased, baseline normal: &gt;ULN - 1.5; &gt;1.5 - 3.0; &gt;3.0 - 10.0; &gt;10.0 × ULN.</summary>
    public IncreaseScale BilirubinUln { get; init; } = IncreaseScale.AboveUln(1.5m, 3.0m, 10.0m);

    /// <summary>Blood bilirubin increased, baseline abnormal: &gt;1.0 - 1.5; &gt;1.5 - 3.0; &gt;3.0 - 10.0; &gt;10.0 × baseline.</summary>
    public IncreaseScale BilirubinBaseline { get; init; } = new(1.0m, false, 1.5m, 3.0m, 10.0m);

    public static CtcaeParameters Published { get; } = new();

    /// <summary>The absolute scale of a decreased term, or null for an increased one.</summary>
    public DecreaseScale? DecreaseOf(CtcaeTerm term) => term switch
    {
        CtcaeTerm.Anemia => Anemia,
        CtcaeTerm.PlateletCountDecreased => Platelets,
        CtcaeTerm.NeutrophilCountDecreased => Neutrophils,
        CtcaeTerm.WhiteBloodCellDecreased => WhiteBloodCells,
        CtcaeTerm.LymphocyteCountDecreased => Lymphocytes,
        _ => null,
    };

    /// <summary>The ULN scale of an increased term, or null for a decreased one.</summary>
    public IncreaseScale? UlnScaleOf(CtcaeTerm term) => term switch
    {
        CtcaeTerm.CreatinineIncreased => CreatinineUln,
        CtcaeTerm.AspartateAminotransferaseIncreased or CtcaeTerm.AlanineAminotransferaseIncreased => AminotransferaseUln,
        CtcaeTerm.AlkalinePhosphataseIncreased or CtcaeTerm.GgtIncreased => PhosphataseUln,
        CtcaeTerm.BloodBilirubinIncreased => BilirubinUln,
        _ => null,
    };

    /// <summary>
    /// The scale against the baseline value: for creatinine it applies on top of the ULN scale (the
    /// higher grade wins); for the liver terms it replaces the ULN scale when the baseline was
    /// above the ULN. Null for terms without one.
    /// </summary>
    public IncreaseScale? BaselineScaleOf(CtcaeTerm term) => term switch
    {
        CtcaeTerm.CreatinineIncreased => CreatinineBaseline,
        CtcaeTerm.AspartateAminotransferaseIncreased or CtcaeTerm.AlanineAminotransferaseIncreased => AminotransferaseBaseline,
        CtcaeTerm.AlkalinePhosphataseIncreased or CtcaeTerm.GgtIncreased => PhosphataseBaseline,
        CtcaeTerm.BloodBilirubinIncreased => BilirubinBaseline,
        _ => null,
    };
}
