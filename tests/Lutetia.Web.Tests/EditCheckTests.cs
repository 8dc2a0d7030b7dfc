using System.Net;
using System.Text.RegularExpressions;

namespace Lutetia.Web.Tests;

/// <summary>
/// Edit checks at save, through HTTP as a browser posts the forms: each contradiction between forms
/// entered by an investigator is shown at once on the page the save leads to — "Saved, with N
/// problems to resolve" and the list, each linked to its field, the message beside the field — and
/// the record shows the state until the next save after the correction clears it.
/// </summary>
public abstract partial class EditCheckTests(AppFixture fixture)
{
    private static async Task<string> CreateAsync(WebClient client, string id)
    {
        var created = await client.PostFormAsync("/patients/new", CaseReportFormTests.PageForm, CaseReportFormTests.NewPatient(id, "C1"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return $"/patients/{id}";
    }

    /// <summary>
    /// Opens a page's one form, fills some cells of one of its tables (<paramref name="form"/>: <c>new:</c> for
    /// the first new row, or a column of the one stored row), saves, and answers the page the save leads to.
    /// </summary>
    private static async Task<string> SaveAsync(WebClient client, string page, string form, Dictionary<string, string> cells, string? reason = null)
    {
        var fields = HtmlForm.Fields(await client.GetPageAsync(page), CaseReportFormTests.PageForm);
        foreach (var (cell, value) in cells)
            fields[cell.StartsWith("new:", StringComparison.Ordinal) ? $"{form}/{cell}" : StoredCell(fields, form, cell)] = value;
        if (reason is not null)
            fields["reason"] = reason;
        var saved = await client.PostRawAsync(page, fields);
        var html = await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"the save was refused:\n{WebUtility.HtmlDecode(html)}");
        return WebUtility.HtmlDecode(await client.GetPageAsync(WebClient.Target(saved)!));
    }

    private static string StoredCell(Dictionary<string, string> fields, string form, string column) =>
        fields.Keys.Single(k => k.StartsWith(form + "/", StringComparison.Ordinal) && k.EndsWith(":" + column, StringComparison.Ordinal)
                                && !k.Contains("/was:", StringComparison.Ordinal) && !k.Contains("/new", StringComparison.Ordinal));

    private static Dictionary<string, string> Cycle(int number, string date) => new()
    {
        ["new:cycle"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["new:date"] = date,
        ["new:activity_gbq"] = "7.4",
        ["new:dose"] = "full",
    };

    /// <summary>The outcome's headline, or null when the page shows none.</summary>
    private static string? Headline(string html) => OutcomePattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The row key of the field a link of the outcome points at (<c>#f-{table}-{row}-{column}</c>) on <paramref name="page"/>.</summary>
    private static string LinkedRow(string html, string page, string table, string column)
    {
        var link = Regex.Match(html, $"href=\"{Regex.Escape(page)}#f-{table}-(\\w+)-{column}\"");
        Assert.True(link.Success, $"no link to {page}#f-{table}-…-{column} in:\n{Outcome(html)}");
        return link.Groups[1].Value;
    }

    /// <summary>Asserts that the outcome lists <paramref name="text"/>, read as the user reads it (without the tags).</summary>
    private static void Listed(string html, string text) =>
        Assert.True(Regex.Replace(Outcome(html), "<[^>]+>", "").Contains(text, StringComparison.Ordinal), $"not listed: {text}\nin:\n{Outcome(html)}");

    private static string Outcome(string html) => Regex.Match(html, "<div class=\"[^\"]*save-outcome[^\"]*\"[\\s\\S]*?</div>").Value;

    [Fact]
    public async Task Five_contradictions_entered_in_the_forms_are_each_shown_on_the_page_just_saved_linked_to_their_field()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var id = $"EC{fixture.Provider}";
        var patient = await CreateAsync(client, id);

        // Diagnosis before birth: the message beside the diagnosis date on the patient form just saved.
        var html = await SaveAsync(client, patient, "patients", new() { ["birth_date"] = "1995-05-01", ["diagnosis_date"] = "1992-01-10" }, "from the referral letter");
        Assert.Equal("Saved, with 1 problem to resolve.", Headline(html));
        Assert.DoesNotContain("<p class=\"saved\" role=\"status\">Saved.</p>", html, StringComparison.Ordinal);
        var patientRow = LinkedRow(html, patient, "patients", "diagnosis_date");
        Listed(html, "Patient, Diagnosis date = \"1992-01-10\": the diagnosis is not after the birth date (1995-05-01). Fix: check both dates");
        Assert.Matches($"id=\"f-patients-{patientRow}-diagnosis_date\"[^>]*>\\s*(<[^>]*>\\s*)*<span class=\"issue\"[^>]*>the diagnosis is not after the birth date", html);

        // Cycle 5 dated before cycle 2 (four cycles, then a fifth dated between the first two).
        var cycles = $"{patient}/cycles";
        foreach (var (number, date) in new[] { (1, "2020-01-10"), (2, "2020-03-10"), (3, "2020-05-10"), (4, "2020-07-10") })
            html = await SaveAsync(client, cycles, "prrt_cycles", Cycle(number, date));
        Assert.Equal("Saved, with 1 problem to resolve.", Headline(html));
        html = await SaveAsync(client, cycles, "prrt_cycles", Cycle(5, "2020-02-01"));
        Assert.Equal("Saved, with 2 problems to resolve.", Headline(html));
        Listed(html, "PRRT cycles, cycle 5, Date = \"2020-02-01\": cycle 5 is not after cycle 4 (2020-07-10)");
        var fifth = LinkedRow(html, cycles, "prrt_cycles", "date");
        Assert.Matches($"id=\"f-prrt_cycles-{fifth}-date\"[^>]*value=\"2020-02-01\"[^>]*>\\s*(<[^>]*>\\s*)*<span class=\"issue\"[^>]*>cycle 5 is not after cycle 4", html);

        // The mesenteric mass recorded on the liver.
        var imaging = $"{patient}/imaging";
        html = await SaveAsync(client, imaging, "lesions", new()
        {
            ["new:lesion_id"] = "MM",
            ["new:site"] = "liver",
            ["new:mesenteric_mass"] = "yes",
            ["new:nodal"] = "yes",
            ["new:role"] = "target",
        });
        Assert.Equal("Saved, with 3 problems to resolve.", Headline(html));
        Listed(html, "Lesions, lesion MM, Site = \"liver\": lesion MM is marked as the mesenteric mass but its site is liver: the mesenteric mass lies in the mesentery. Fix: set its site to mesentery");
        LinkedRow(html, imaging, "lesions", "site");

        // A complication before the first dose.
        var clinical = $"{patient}/clinical";
        html = await SaveAsync(client, clinical, "complications", new() { ["new:date"] = "2020-01-05", ["new:type"] = "diarrhea", ["new:corticosteroids"] = "no" });
        Assert.Equal("Saved, with 4 problems to resolve.", Headline(html));
        Listed(html, "Complications, Date = \"2020-01-05\": the complication is dated before the first dose (2020-01-10)");
        LinkedRow(html, clinical, "complications", "date");

        // Death before cycle 4, last news two years later: the death date and the cycle after it.
        var followUp = $"{patient}/follow-up";
        html = await SaveAsync(client, followUp, "patients-follow-up",
            new() { ["last_news_date"] = "2022-06-01", ["death_date"] = "2020-06-01", ["death_cause"] = "unknown" }, "death reported by the GP");
        Assert.Equal("Saved, with 6 problems to resolve.", Headline(html));
        Listed(html, "Patient, Death date = \"2020-06-01\": the death date is not the date of last news (2022-06-01)");
        Listed(html, "PRRT cycles, cycle 4, Date = \"2020-07-10\": the date is after patient " + id + "'s death (2020-06-01)");
        LinkedRow(html, followUp, "patients", "death_date");
        LinkedRow(html, cycles, "prrt_cycles", "date");

        // The record's state on every page of the patient, linked to its list; the list has each of them.
        var audit = WebUtility.HtmlDecode(await client.GetPageAsync($"{patient}/audit"));
        Assert.Contains($"<a href=\"/patients/{id}/issues\">6 problems to resolve</a>", audit, StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await client.GetPageAsync($"/patients/{id}/issues"));
        Assert.Equal(6, Regex.Count(list, "<td>problem</td>"));
    }

    [Fact]
    public async Task The_record_keeps_the_state_issues_until_a_save_after_the_correction_clears_it()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var id = $"EF{fixture.Provider}";
        var patient = await CreateAsync(client, id);
        var html = await SaveAsync(client, patient, "patients", new() { ["birth_date"] = "1995-05-01", ["diagnosis_date"] = "1992-01-10" }, "from the referral letter");
        Assert.Equal("Saved, with 1 problem to resolve.", Headline(html));
        Assert.Contains($"<a href=\"/patients/{id}/issues\">1 problem to resolve</a>", html, StringComparison.Ordinal);

        var clinical = WebUtility.HtmlDecode(await client.GetPageAsync($"{patient}/clinical"));
        Assert.Contains($"<a href=\"/patients/{id}/issues\">1 problem to resolve</a>", clinical, StringComparison.Ordinal);

        html = await SaveAsync(client, patient, "patients", new() { ["diagnosis_date"] = "2019-01-10" }, "diagnosis date corrected");
        Assert.Null(Headline(html));
        Assert.Contains("<p class=\"saved\" role=\"status\">Saved.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("to resolve", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"issue\"", html, StringComparison.Ordinal);
        Assert.Contains("No problem: the record passes every rule.", WebUtility.HtmlDecode(await client.GetPageAsync($"/patients/{id}/issues")), StringComparison.Ordinal);
    }

    [GeneratedRegex("<div class=\"[^\"]*save-outcome[^\"]*\" role=\"status\">\\s*<p><strong>([^<]*)</strong>")]
    private static partial Regex OutcomePattern();
}
