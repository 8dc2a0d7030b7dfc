using Lutetia.Analysis;
using Lutetia.Reporting.Exports;
using Lutetia.Reporting.Report;
using Lutetia.Storage;
using Lutetia.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lutetia.Web.Hosting;

/// <summary>
/// The downloads of issue 8: report.html of the MesenLuth analysis on the live database, and the
/// statistics exports (R, SPSS, CDISC ODM) as zips, through Lutetia.Reporting's one entry point.
/// </summary>
internal static class WorkflowEndpoints
{
    /// <summary>
    /// report.html keeps its inline styles and figures (it is one self-contained file), so it is
    /// served under its own policy: no script of any kind, nothing from elsewhere, no framing.
    /// </summary>
    public const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/analysis/report.html", Report).WithMetadata(new CrfPageAttribute(CrfSection.Analysis));
        endpoints.MapGet("/export/{format:regex(^(r|spss|odm)$)}.zip", Export).WithMetadata(new CrfPageAttribute(CrfSection.StatisticsExport));
        return endpoints;
    }

    private static IResult Report(HttpContext http, LutetiaDbContext db, string? download)
    {
        var results = StudyAnalysis.Analyze(Blinding.Of(http).Visible(CohortStore.Export(db)), new MesenLuthParameters());
        var html = HtmlReport.Render(results, "the live Lutetia database", ReportFigures.All(results));
        http.Items[SecurityHeadersMiddleware.PolicyItem] = ReportPolicy;
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        return download is null
            ? Results.Bytes(bytes, "text/html; charset=utf-8")
            : Results.File(bytes, "text/html; charset=utf-8", "report.html");
    }

    /// <summary>The coordinator's and statistician's export is the whole cohort or one centre; an investigator's, their own centre whatever is asked.</summary>
    private static IResult Export(HttpContext http, LutetiaDbContext db, string format, string? center)
    {
        if (!CohortDownload.TryCenter(http, db, ref center))
            return Results.NotFound();
        var kind = format switch
        {
            "r" => ExportFormat.R,
            "spss" => ExportFormat.Spss,
            _ => ExportFormat.Odm,
        };
        var cohort = Blinding.Of(http).Visible(CohortStore.Export(db, center));
        var dataset = ExportDataset.From(cohort, StudyAnalysis.Analyze(cohort, new MesenLuthParameters()));
        var now = DateTimeOffset.UtcNow;
        using var zip = new MemoryStream();
        Exporter.WriteZip(Exporter.Files(kind, dataset, new ExportOptions(now)), zip, now);
        var name = $"lutetia-{format}{(center is null ? "" : "-" + center)}.zip";
        return Results.File(zip.ToArray(), "application/zip", name);
    }
}
