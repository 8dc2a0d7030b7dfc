using Lutetia.Reporting.Exports;
using Lutetia.Reporting.Report;
using Lutetia.Web.Access;
using Lutetia.Workflow.Analysis;
using Lutetia.Workflow.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lutetia.Web.Hosting;

/// <summary>
/// The study workflow's downloads (docs/workflow.md): report.html of the MesenLuth analysis on the live database
/// (<see cref="AnalyseStudy"/>), and the statistics exports (R, SPSS, CDISC ODM) as zips
/// (<see cref="ExportStatistics"/>, through Lutetia.Reporting's one entry point).
/// </summary>
internal static class WorkflowEndpoints
{
    /// <summary>
    /// report.html keeps its inline styles and figures (it is one self-contained file), so it is
    /// served under its own policy: no script of any kind, nothing from elsewhere, no framing.
    /// </summary>
    public const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The page of the patients' derivations, which report.html links to: a path on the server (the host
    /// name is never taken from the request), so a downloaded copy names the page to open after signing in.
    /// </summary>
    public const string DerivationsPage = "/analysis/derivations";

    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/analysis/report.html", Report).WithMetadata(new CrfPageAttribute(CrfSection.Analysis));
        endpoints.MapGet("/export/{format:regex(^(r|spss|odm)$)}.zip", Export).WithMetadata(new CrfPageAttribute(CrfSection.StatisticsExport));
        return endpoints;
    }

    private static async Task<IResult> Report(HttpContext http, AnalyseStudy analysis, string? download)
    {
        var analysed = await analysis.RunAsync(Account.Of(http.User)!, http.RequestAborted).ConfigureAwait(false);
        if (!analysed.TryGetValue(out var results))
            return DownloadRefusal.Of(analysed.Refusal!);
        // The derivations are on their own page (searched, paged): the report's size no longer grows with them.
        var html = HtmlReport.Render(results, "the live Lutetia database", ReportFigures.All(results), DerivationsPage);
        http.Items[SecurityHeadersMiddleware.PolicyItem] = ReportPolicy;
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        return download is null
            ? Results.Bytes(bytes, "text/html; charset=utf-8")
            : Results.File(bytes, "text/html; charset=utf-8", "report.html");
    }

    /// <summary>The coordinator's and statistician's export is the whole cohort or one centre; an investigator's, their own centre whatever is asked.</summary>
    private static async Task<IResult> Export(HttpContext http, ExportStatistics statistics, string format, string? center, bool? locked)
    {
        var kind = format switch
        {
            "r" => ExportFormat.R,
            "spss" => ExportFormat.Spss,
            _ => ExportFormat.Odm,
        };
        var exported = await statistics.RunAsync(Account.Of(http.User)!, kind, center, Blinding.Of(http).Visible, locked ?? false, http.RequestAborted).ConfigureAwait(false);
        if (!exported.TryGetValue(out var zip))
            return DownloadRefusal.Of(exported.Refusal!);
        return Results.File(zip.Bytes, "application/zip", zip.Manifest.FileStem(format) + ".zip");
    }
}
