using Lutetia.Statistics.Agreement;

namespace Lutetia.Analysis;

/// <summary>
/// Local versus central response for one group of patients (a centre, or all): the cross-table of
/// categories (rows local, columns central), percent agreement and Cohen's kappa with its CI
/// (null when undefined, e.g. a single category).
/// </summary>
public sealed record AgreementTable(string Center, string Endpoint, IReadOnlyList<string> Categories, int[,] Counts, KappaResult? Kappa)
{
    public int Pairs => Kappa?.Pairs ?? 0;

    /// <summary>
    /// The tables of the MM and the non-MM response, per centre and over all centres ("all"), from
    /// the patients whose baseline and post exams were read locally and centrally.
    /// </summary>
    public static IReadOnlyList<AgreementTable> Of(StudyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var pairs = results.Included.Where(p => p.Agreement is not null).ToArray();
        var tables = new List<AgreementTable>();
        var centers = pairs.Select(p => p.Record.Patient.Center.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Prepend("all");
        foreach (var center in centers)
        {
            var group = center == "all" ? pairs : pairs.Where(p => p.Record.Patient.Center.Value == center).ToArray();
            tables.Add(Table(center, "mm_response", group.Select(p => (Invariant.Code(p.Agreement!.MmLocal), Invariant.Code(p.Agreement.MmCentral))).ToArray(),
                Enum.GetValues<Criteria.Mesenteric.MmResponse>().Select(Invariant.Code).ToArray()));
            tables.Add(Table(center, "non_mm_response", group.Where(p => p.Agreement!.NonMmLocal is not null)
                    .Select(p => (Invariant.Code(p.Agreement!.NonMmLocal!.Value), Invariant.Code(p.Agreement.NonMmCentral!.Value))).ToArray(),
                Enum.GetValues<Criteria.Recist.OverallResponse>().Select(Invariant.Code).ToArray()));
        }
        return tables;
    }

    private static AgreementTable Table(string center, string endpoint, (string Local, string Central)[] pairs, string[] categories)
    {
        var counts = new int[categories.Length, categories.Length];
        foreach (var (local, central) in pairs)
            counts[Array.IndexOf(categories, local), Array.IndexOf(categories, central)]++;
        var kappa = pairs.Length == 0 ? null : CohenKappa.FromTable(counts);
        return new AgreementTable(center, endpoint, categories, counts, kappa);
    }
}
