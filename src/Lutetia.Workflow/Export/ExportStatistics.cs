using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Reporting.Exports;
using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Analysis;

namespace Lutetia.Workflow.Export;

/// <summary>
/// The statistics exports (R, SPSS, CDISC ODM) of the live database as the files of one zip, through
/// Lutetia.Reporting's one entry point, with the endpoints of the <see cref="StudyProtocol"/>: the
/// coordinator's and statistician's whole cohort or one centre, an investigator's own centre whatever
/// is asked; the reads the account may not see are left out first (<c>visible</c>); with
/// <c>lockedOnly</c>, the locked records only. Stamped with the study clock's instant, the data cut,
/// which <c>manifest.json</c> in the zip states (<see cref="ExportManifest"/>).
/// </summary>
public sealed class ExportStatistics(LutetiaDbContext db, StudyProtocol protocol, StudyClock clock) : IUseCase
{
    public async Task<Result<StatisticsZip>> RunAsync(Account actor, ExportFormat format, string? center, Func<Cohort, Cohort>? visible,
        bool lockedOnly, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.StatisticsExport, CrfAccess.Read, "export the statistics files") is { } refused)
            return refused;
        var reach = await ExportReach.CenterAsync(db, actor, center, cancellation).ConfigureAwait(false);
        if (!reach.TryGetValue(out var centerId))
            return reach.Refusal!;
        var now = clock.UtcNow;
        var cohort = CohortStore.Export(db, centerId);
        if (lockedOnly)
            cohort = await LockedRecords.OnlyAsync(db, cohort, cancellation).ConfigureAwait(false);
        if (visible is not null)
            cohort = visible(cohort);
        var dataset = ExportDataset.From(cohort, StudyAnalysis.Analyze(cohort, protocol.Parameters));
        var manifest = new ExportManifest(now, centerId, lockedOnly, cohort.Patients.Count, actor.UserName,
            Lutetia.Domain.Codes<ExportFormat>.ToCode(format) + " statistics export");
        using var zip = new MemoryStream();
        var stamp = new DateTimeOffset(now, TimeSpan.Zero);
        Exporter.WriteZip([.. Exporter.Files(format, dataset, new ExportOptions(stamp)), new ExportFile(ExportManifest.FileName, manifest.ToJson())], zip, stamp);
        return new StatisticsZip(zip.ToArray(), manifest);
    }
}
