using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>Table 3, safety (outputs.md, Table 3 ids): n (%) over all included patients.</summary>
internal static class Table3
{
    public static IReadOnlyList<TableRow> Of(PatientEndpoints[] included)
    {
        var rows = new TableRowBuilder(included);
        for (var cycles = 1; cycles <= 4; cycles++)
        {
            var c = cycles;
            rows.Count($"cycles.{c}", p => p.Record.Cycles.Count == c);
        }
        rows.Count("cycles.5_or_more", p => p.Record.Cycles.Count >= 5);
        rows.Count("dose.reduced", p => p.Record.Cycles.Any(c => c.Dose == DoseLevel.Reduced));
        rows.Categories("stop_reason", p => p.Record.Patient.PrrtStopReason, onlyPresent: true, withUnknown: false);
        rows.Categories("stop_toxicity", p => p.Record.Patient.PrrtStopToxicity, onlyPresent: true, withUnknown: false);
        (string Window, Func<PatientEndpoints, IEnumerable<Complication>> Of)[] windows =
            [("complication_during_prrt", Safety.During), ("complication_3_to_6_months", Safety.Between), ("complication_long_term", Safety.LongTerm)];
        foreach (var (window, of) in windows)
        {
            var types = new PerPatient<HashSet<ComplicationType>>(included, p => of(p).Select(c => c.Type).ToHashSet());
            foreach (var type in Enum.GetValues<ComplicationType>())
                rows.Count($"{window}.{Codes<ComplicationType>.ToCode(type)}", p => types[p].Contains(type), onlyPresent: true);
        }
        rows.Count("corticosteroids", p => Safety.During(p).Any(c => c.Corticosteroids == true));
        rows.Categories("death_cause", p => p.Record.Patient.DeathCause, onlyPresent: true, withUnknown: false);
        return rows.Rows;
    }
}
