using System.Globalization;
using System.Net;
using System.Text;
using Lutetia.Analysis;
using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Report;

/// <summary>
/// report.html: one self-contained file that opens offline — styles and figures inline, no
/// script or font from elsewhere — with the flow diagram, tables 1–3, the figures, the methods
/// paragraph, the sample-size statement, the problems found and every patient's derivation (or, on
/// the web, a link to the page that shows them).
/// </summary>
public static class HtmlReport
{
    /// <summary>
    /// The report of <paramref name="results"/>. <paramref name="derivationsPage"/> is where the patients'
    /// derivations are when they are not in the file (the web application's searchable, paged page, for a
    /// study of any size): the report then links there and its size no longer grows with the derivations;
    /// <c>null</c> (<c>lutetia report</c>, as the spec's outputs say): every patient's derivation is in the file.
    /// </summary>
    public static string Render(StudyResults results, string cohortName, IReadOnlyList<(string Name, string Caption, Figure Figure)> figures,
        string? derivationsPage = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(figures);
        var html = new StringBuilder(1 << 20);
        var title = $"MesenLuth analysis of {cohortName}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        var included = results.Included.Count;
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">{results.Patients.Count} patients screened, {included} included. ")
            .Append("Protocol: MesenLuth (Al Mansour L et al. J Nucl Med 2024;65:258–263), parameters as listed in results.json.</p>\n");
        if (results.Problems.Count > 0)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"warning\">{results.Problems.Count} endpoint(s) could not be computed for some patients: see <a href=\"#problems\">Problems</a>.</p>\n");

        html.Append("<h2>Methods</h2>\n<p>").Append(E(MethodsText.Methods(results.Parameters))).Append("</p>\n<p>")
            .Append(E(MethodsText.SampleSize())).Append("</p>\n");

        var figureNumber = 0;
        void Figure(string name)
        {
            foreach (var (figureName, caption, figure) in figures)
            {
                if (figureName != name)
                    continue;
                html.Append("<figure id=\"").Append(figureName).Append("\">").Append(figure.RenderSvgInline($"f{++figureNumber}"))
                    .Append("<figcaption>").Append(E(caption))
                    .Append(CultureInfo.InvariantCulture, $" <a href=\"figures/{figureName}.png\">PNG</a> · <a href=\"figures/{figureName}.svg\">SVG</a>")
                    .Append("</figcaption></figure>\n");
            }
        }

        html.Append("<h2>Patients</h2>\n");
        Figure("flow");
        var tables = ReportTables.All(results);
        foreach (var table in tables)
        {
            html.Append("<h2>").Append(E(table.Title)).Append("</h2>\n");
            AppendTable(html, table);
            if (table.Id == "table2")
            {
                Figure("figure2-pfs");
                Figure("overall-survival");
                Figure("waterfall");
                Figure("swimmer");
                AppendAgreement(html, results);
            }
        }
        AppendProblems(html, results);
        AppendCompleteness(html, results);
        if (derivationsPage is null)
            AppendDerivations(html, results);
        else
            AppendDerivationsLink(html, results, derivationsPage);
        html.Append("</main></body></html>\n");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, DisplayTable table)
    {
        html.Append("<table id=\"").Append(table.Id).Append("\"><thead><tr><th>").Append(E(table.Headings.Label))
            .Append("</th><th>").Append(E(table.Headings.Value)).Append("</th></tr></thead><tbody>\n");
        foreach (var row in table.Rows)
        {
            if (row.IsHeading)
                html.Append("<tr class=\"heading\"><th colspan=\"2\">").Append(E(row.Label)).Append("</th></tr>\n");
            else
                html.Append(row.Indented ? "<tr class=\"item\"><td>" : "<tr><td>").Append(E(row.Label)).Append("</td><td>").Append(E(row.Value!)).Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n<p class=\"footnote\">").Append(E(table.Footnote)).Append("</p>\n");
    }

    private static void AppendProblems(StringBuilder html, StudyResults results)
    {
        html.Append("<h2 id=\"problems\">Problems</h2>\n");
        if (results.Problems.Count == 0)
        {
            html.Append("<p>Every endpoint of every included patient could be computed.</p>\n");
            return;
        }
        html.Append("<p>These endpoints could not be computed; the patient counts as not evaluable for them and everything else is reported.</p><ul>\n");
        foreach (var problem in results.Problems)
            html.Append("<li>").Append(E(problem)).Append("</li>\n");
        html.Append("</ul>\n");
    }

    /// <summary>Local versus central reading: the overall cross-tables and, per centre, pairs, agreement and kappa.</summary>
    private static void AppendAgreement(StringBuilder html, StudyResults results)
    {
        var tables = AgreementTable.Of(results);
        html.Append("<h2 id=\"agreement\">Local versus central reading</h2>\n")
            .Append("<p>Patients whose baseline and post-PRRT exams were read both locally and centrally; the responses derived from the local reads alone (rows) against the central reads alone (columns).</p>\n");
        foreach (var t in tables.Where(t => t.Center == "all" && t.Pairs > 0))
        {
            var used = Enumerable.Range(0, t.Categories.Count)
                .Where(i => Enumerable.Range(0, t.Categories.Count).Any(j => t.Counts[i, j] + t.Counts[j, i] > 0)).ToArray();
            html.Append("<table class=\"grid\"><thead><tr><th>").Append(t.Endpoint == "mm_response" ? "MM response" : "Non-MM response")
                .Append(": local ↓ central →</th>");
            foreach (var j in used)
                html.Append("<th>").Append(E(t.Categories[j])).Append("</th>");
            html.Append("</tr></thead><tbody>");
            foreach (var i in used)
            {
                html.Append("<tr><td>").Append(E(t.Categories[i])).Append("</td>");
                foreach (var j in used)
                    html.Append("<td>").Append(t.Counts[i, j].ToString(CultureInfo.InvariantCulture)).Append("</td>");
                html.Append("</tr>");
            }
            html.Append("</tbody></table>\n<p class=\"footnote\">").Append(E(KappaText(t))).Append("</p>\n");
        }
        html.Append("<table class=\"grid\"><thead><tr><th>Centre</th><th>MM response</th><th>Non-MM response</th></tr></thead><tbody>");
        foreach (var center in tables.Select(t => t.Center).Distinct(StringComparer.Ordinal).Where(c => c != "all"))
        {
            html.Append("<tr><td>").Append(E(center)).Append("</td>");
            foreach (var endpoint in new[] { "mm_response", "non_mm_response" })
                html.Append("<td>").Append(E(KappaText(tables.First(t => t.Center == center && t.Endpoint == endpoint)))).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>\n");
    }

    private static string KappaText(AgreementTable t)
    {
        if (t.Kappa is not { } k)
            return "no pair";
        var kappa = k.Kappa is { } v
            ? string.Create(CultureInfo.InvariantCulture, $"κ {v:0.00}") + (k.Lower is { } lo && k.Upper is { } up ? string.Create(CultureInfo.InvariantCulture, $" ({k.ConfidenceLevel * 100:0.##} % CI {lo:0.00}–{up:0.00})") : "")
            : "κ undefined (one category)";
        return string.Create(CultureInfo.InvariantCulture, $"{k.Pairs} pairs, {k.PercentAgreement:0.#} % agreement, ") + kappa;
    }

    /// <summary>What each centre still has to enter, endpoint by endpoint, and the list patient by patient.</summary>
    private static void AppendCompleteness(StringBuilder html, StudyResults results)
    {
        var gaps = Completeness.Of(results);
        html.Append("<h2 id=\"completeness\">Data completeness</h2>\n");
        if (gaps.Count == 0)
        {
            html.Append("<p>Every included patient has every value the protocol's endpoints need.</p>\n");
            return;
        }
        var byCenter = Completeness.ByCenter(gaps);
        var endpoints = byCenter.Select(g => g.Endpoint).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var centers = byCenter.Select(g => g.Center).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        html.Append("<p>Included patients lacking a value an endpoint or table needs, by centre (the data managers' work list is below).</p>")
            .Append("<table class=\"grid\"><thead><tr><th>Endpoint</th>");
        foreach (var c in centers)
            html.Append("<th>").Append(E(c)).Append("</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var endpoint in endpoints)
        {
            html.Append("<tr><td>").Append(E(endpoint)).Append("</td>");
            foreach (var c in centers)
            {
                var n = byCenter.FirstOrDefault(g => g.Center == c && g.Endpoint == endpoint).Patients;
                html.Append("<td>").Append(n == 0 ? "" : n.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n<details><summary>Patient by patient</summary><ul>");
        foreach (var g in gaps)
            html.Append("<li>").Append(E($"{g.Patient} ({g.Center}), {g.Endpoint}: {g.Missing}")).Append("</li>");
        html.Append("</ul></details>\n");
    }

    private static void AppendDerivations(StringBuilder html, StudyResults results)
    {
        html.Append("<h2 id=\"derivations\">How each patient's endpoints were derived</h2>\n")
            .Append("<p>Open a patient to see every verdict and the rule that decided it.</p>\n");
        foreach (var p in results.Patients)
        {
            var id = p.Record.Patient.Id.Value;
            var summary = p.Included
                ? $"{id} — included; MM {Code(p.MmResponse)}, non-MM {Code(p.NonMmResponse)}"
                : $"{id} — excluded: {ReportText.Reason(p.Eligibility.Reason!.Value)}";
            html.Append("<details id=\"patient-").Append(E(id)).Append("\"><summary>").Append(E(summary)).Append("</summary><ul>");
            foreach (var d in p.Derivations)
                html.Append("<li><b>").Append(E(d.Endpoint)).Append("</b>: ").Append(E(d.Explanation.Sentence))
                    .Append(" <span class=\"rule\">(").Append(E(d.Explanation.Criterion)).Append(": ").Append(E(d.Explanation.Rule)).Append(")</span></li>");
            html.Append("</ul></details>\n");
        }
    }

    private static void AppendDerivationsLink(StringBuilder html, StudyResults results, string page) =>
        html.Append("<h2 id=\"derivations\">How each patient's endpoints were derived</h2>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>Every verdict of the {results.Patients.Count} patients and the rule that decided it, searchable by patient: ")
            .Append("<a href=\"").Append(E(page)).Append("\">").Append(E(page)).Append("</a>.</p>\n");

    private static string Code<T>(T? value) where T : struct, Enum => value is { } v ? Invariant.Code(v) : "not applicable";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; line-height: 1.45; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
        .lead { color: #444; } .warning { background: #fff4e5; border-left: 4px solid #d55e00; padding: .5rem .8rem; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; margin-top: .5rem; border-top: 2px solid #1a1a1a; border-bottom: 2px solid #1a1a1a; }
        td, th { padding: .18rem .5rem; text-align: left; vertical-align: top; } td:last-child, thead th:last-child { text-align: right; white-space: nowrap; }
        thead th { border-bottom: 1px solid #1a1a1a; }
        tr.heading th { padding-top: .6rem; font-weight: 600; } tr.item td:first-child { padding-left: 1.6rem; }
        tbody tr:nth-child(even) td { background: #f6f7f9; }
        .footnote { font-size: .82rem; color: #444; margin-top: .35rem; }
        figure { margin: 1.5rem 0; } figure svg { width: 100%; height: auto; } figcaption { font-size: .85rem; color: #333; margin-top: .3rem; }
        details { border-bottom: 1px solid #eee; padding: .2rem 0; } summary { cursor: pointer; } details ul { font-size: .88rem; margin: .3rem 0 .6rem; }
        .rule { color: #6e6e6e; font-size: .8rem; }
        table.grid td:not(:first-child), table.grid th:not(:first-child) { text-align: center; }
        @media print { main { max-width: none; } details { display: none; } }
        """;
}
