using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Reporting.Exports;

namespace Lutetia.Reporting.Tests.Exports;

/// <summary>
/// A small valid cohort to export: a synthetic one (every table filled, every exclusion reason
/// present) whose centre names carry what breaks careless writers: a comma, quotes, accents.
/// </summary>
internal static class ExportSamples
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 25, 20, 15, 0, TimeSpan.Zero);

    public static Cohort Cohort { get; } = Build();

    public static StudyResults Endpoints { get; } = StudyAnalysis.Analyze(Cohort, MesenLuthParameters.Published);

    public static ExportDataset Dataset { get; } = ExportDataset.From(Cohort, Endpoints);

    public static ExportOptions Options { get; } = new(CreatedAt);

    private static Cohort Build()
    {
        var cohort = SyntheticCohort.Generate(new SynthesisOptions(30, Seed: 7) { Centers = 3 });
        string[] names = ["Centre \"Nord\", Lille", "Hôpital Beaujon — Clichy", "Centre 3"];
        return cohort with { Centers = cohort.Centers.Select((c, i) => c with { Name = names[i] }).ToArray() };
    }

    /// <summary>The cells of a table's rows, one string per row, sorted: rows compared as a multiset.</summary>
    public static string[] SortedRows(IEnumerable<string?[]> rows) =>
        rows.Select(r => string.Join('\u001f', r.Select(c => c ?? "∅"))).Order(StringComparer.Ordinal).ToArray();
}
