using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>
/// Resectability of the mesenteric mass (mesenluth-protocol.md, "Resectability"): unresectable when
/// the SMA stage is IIIup or IV (Lardière-Deguelte), or the proximal SMV is infiltrated, or there is
/// severe mesenteric fibrosis (Bertani); resectable when all three are known and none holds; unknown otherwise.
/// </summary>
public static class MesentericMassResectability
{
    private const string Criterion = "MesenLuth resectability";

    public static ResectabilityVerdict Assess(Patient patient, ResectabilityParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return Assess(patient.SmaStage, patient.SmvProximalInfiltration, patient.SevereMesentericFibrosis, parameters);
    }

    public static ResectabilityVerdict Assess(SmaStage? smaStage, bool? smvProximalInfiltration, bool? severeMesentericFibrosis,
        ResectabilityParameters? parameters = null)
    {
        var p = parameters ?? ResectabilityParameters.Published;
        var findings = new List<string>();
        if (smaStage is { } stage && p.UnresectableSmaStages.Contains(stage))
            findings.Add($"SMA stage {Codes<SmaStage>.ToCode(stage)} (Lardière-Deguelte)");
        if (smvProximalInfiltration == true)
            findings.Add("proximal SMV infiltration (Bertani)");
        if (severeMesentericFibrosis == true)
            findings.Add("severe mesenteric fibrosis (Bertani)");
        if (findings.Count > 0)
            return new ResectabilityVerdict(Resectability.Unresectable, findings,
                new Explanation(Criterion, "unresectable: any finding", $"unresectable: {Text.Join(findings)}"));
        var unknown = new List<string>();
        if (smaStage is null)
            unknown.Add("SMA stage");
        if (smvProximalInfiltration is null)
            unknown.Add("SMV infiltration");
        if (severeMesentericFibrosis is null)
            unknown.Add("mesenteric fibrosis");
        return unknown.Count > 0
            ? new ResectabilityVerdict(Resectability.Unknown, unknown,
                new Explanation(Criterion, "unknown: a finding not recorded", $"unknown: {Text.Join(unknown)} not recorded, no unresectability finding"))
            : new ResectabilityVerdict(Resectability.Resectable, [],
                new Explanation(Criterion, "resectable: all known, none holds",
                    $"resectable: SMA stage {Codes<SmaStage>.ToCode(smaStage!.Value)}, no SMV infiltration, no severe fibrosis"));
    }
}
