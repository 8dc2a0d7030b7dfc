using Lutetia.Domain;
using Lutetia.Intake;

namespace Lutetia.Analysis.Tests;

/// <summary>
/// A progression the reads show is never hidden, at scale: a 1,500-patient synthetic cohort (lutetia synth --patients 1500 --seed 3,
/// generated in process) has no patient whose non-MM PFS ignores a progression its reads show, and
/// removing one measurement never lets it.
/// </summary>
public sealed class SyntheticCohortScanTests
{
    private static readonly Lazy<StudyResults> Seed3 = new(() =>
        StudyAnalysis.Analyze(SyntheticCohort.Generate(new SynthesisOptions(1500, 3)), MesenLuthParameters.Published));

    [Fact]
    public void No_patient_is_censored_for_non_mm_pfs_while_a_read_in_its_window_shows_a_new_lesion_or_non_target_progression()
    {
        var included = Seed3.Value.Included;
        var violations = included.Select(ShownProgression.Violation).OfType<string>().ToArray();

        Assert.True(violations.Length == 0, string.Join(Environment.NewLine, violations.Take(20)));
        // The scan has something to find: patients whose targets miss a baseline diameter and who show progression.
        Assert.Contains(included, p => p.Derivations.Any(d => d.Endpoint == "non_mm_response"
            && d.Explanation.Sentence.Contains("not measured at the baseline read", StringComparison.Ordinal)));
        Assert.True(included.Count(p => ShownProgression.NonMmEventBound(p) is not null) > 100);
    }

    /// <summary>
    /// Every non-MM CT/MRI measurement of the baseline exam, and one drawn at random among the
    /// follow-up ones, removed one at a time from every included patient: non-MM PFS still ends no
    /// later than a new lesion, non-target progression, recorded progression or death that the
    /// remaining data show. (A progression of the target sum alone may be lost: RECIST makes an
    /// incomplete read NE unless the assessed targets reach PD.)
    /// </summary>
    [Fact]
    public void Removing_one_measurement_never_lets_non_mm_pfs_ignore_a_progression_the_remaining_reads_show()
    {
        var random = new Random(18);
        var violations = new List<string>();
        var removals = 0;
        foreach (var p in Seed3.Value.Included)
        {
            var policy = p.Parameters.ReaderPolicy;
            var nonMm = p.Record.Lesions.Where(l => !l.IsMesentericMass).Select(l => l.Id).ToHashSet();
            if (nonMm.Count == 0)
                continue;
            var baseline = Rows(p, p.Imaging!.Baseline!.Representative(policy)!, nonMm);
            var followUp = p.Imaging.FollowUp.SelectMany(e => Rows(p, e.Representative(policy)!, nonMm)).ToArray();
#pragma warning disable CA5394 // Not security: a reproducible draw.
            var picks = followUp.Length == 0 ? baseline : [.. baseline, followUp[random.Next(followUp.Length)]];
#pragma warning restore CA5394
            foreach (var (read, row) in picks)
            {
                var changed = Without(p.Record, read, row);
                var endpoints = EndpointDerivation.Derive(changed, p.Parameters);
                removals++;
                if (ShownProgression.Violation(endpoints) is { } v)
                    violations.Add($"without {row.Lesion} at {read}: {v}");
            }
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations.Take(20)));
        Assert.True(removals > 3000, $"only {removals} removals");
    }

    private static IEnumerable<(ReadId Read, Measurement Row)> Rows(PatientEndpoints p, Read read, HashSet<LesionId> lesions) =>
        p.Record.MeasurementsByRead.TryGetValue(read.Id, out var rows)
            ? rows.Where(m => lesions.Contains(m.Lesion)).Select(m => (read.Id, m))
            : [];

    private static PatientRecord Without(PatientRecord record, ReadId read, Measurement row)
    {
        var byRead = record.MeasurementsByRead.ToDictionary(kv => kv.Key, kv => kv.Value);
        byRead[read] = byRead[read].Where(m => m != row).ToArray();
        return record with { MeasurementsByRead = byRead };
    }
}
