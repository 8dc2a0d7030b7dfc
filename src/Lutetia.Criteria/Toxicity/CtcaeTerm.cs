namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// The CTCAE v5.0 laboratory terms Lutetia grades (NCI, 27 Nov 2017): "Blood and lymphatic system
/// disorders" (anemia) and "Investigations" (the others).
/// </summary>
public enum CtcaeTerm
{
    /// <summary>Anemia (haemoglobin).</summary>
    Anemia,
    PlateletCountDecreased,
    NeutrophilCountDecreased,
    WhiteBloodCellDecreased,
    LymphocyteCountDecreased,
    CreatinineIncreased,
    AspartateAminotransferaseIncreased,
    AlanineAminotransferaseIncreased,
    AlkalinePhosphataseIncreased,
    BloodBilirubinIncreased,
    GgtIncreased,
}
