using Lutetia.Analysis;
using Lutetia.Domain;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// What an export holds: the twelve tables of the cohort format in its order and, when the
/// endpoints were derived, the endpoints table last. Every export format is written from this.
/// </summary>
public sealed record ExportDataset
{
    public required IReadOnlyList<ExportTable> Tables { get; init; }

    /// <summary>The cohort's tables, and the endpoints table when <paramref name="endpoints"/> is given.</summary>
    /// <exception cref="ArgumentException">The endpoints name a patient that is not in the cohort.</exception>
    public static ExportDataset From(Cohort cohort, StudyResults? endpoints = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var tables = new List<ExportTable>(CohortExportTables.Of(cohort));
        if (endpoints is not null)
        {
            var known = new HashSet<PatientId>(cohort.Patients.Select(p => p.Id));
            foreach (var patient in endpoints.Patients)
            {
                if (!known.Contains(patient.Record.Patient.Id))
                    throw new ArgumentException(
                        $"the endpoints name patient {patient.Record.Patient.Id}, who is not in the cohort: derive the endpoints from the cohort being exported",
                        nameof(endpoints));
            }
            tables.Add(EndpointsExportTable.Of(endpoints));
        }
        return new ExportDataset { Tables = tables };
    }

    /// <summary>The table of that name.</summary>
    /// <exception cref="ArgumentException">There is no such table.</exception>
    public ExportTable Table(string name)
    {
        foreach (var table in Tables)
        {
            if (table.Name == name)
                return table;
        }
        throw new ArgumentException($"the export has no table {name} (it has {string.Join(", ", Tables.Select(t => t.Name))})", nameof(name));
    }
}
