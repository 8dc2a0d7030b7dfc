using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>centers.csv: a participating centre.</summary>
public sealed class CenterRow : CohortRow
{
    public string CenterId { get; set; } = "";
    public string Name { get; set; } = "";

    public override string AuditKey => CenterId;
    public override string? AuditPatient => null;

    public static CenterRow From(Center c) => new() { CenterId = c.Id.Value, Name = c.Name };

    public Center ToDomain() => new(new CenterId(CenterId), Name);
}
