using Lutetia.Domain;

namespace Lutetia.Workflow.Export;

/// <summary>An export's cohort and what the server decided it holds: its centre (null: the whole cohort), its data cut, whether locked records only (the <see cref="Manifest"/>).</summary>
public sealed record CohortExport(Cohort Cohort, ExportManifest Manifest)
{
    public string? Center => Manifest.Center;
}
