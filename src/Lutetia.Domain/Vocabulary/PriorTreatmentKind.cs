namespace Lutetia.Domain;

/// <summary>An oncologic treatment received before PRRT.</summary>
public enum PriorTreatmentKind
{
    PrimaryTumorResection,
    MmResection,
    LiverEmbolization,
    LiverSurgery,
    SomatostatinAnalog,
    Everolimus,
    Sunitinib,
    Chemotherapy,
    Other,
}
