using System.Net;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>When Lutetia itself fails (here: a table removed under it), the user gets a plain page, never a stack trace.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task A_failure_inside_shows_a_plain_page_without_a_stack_trace_for_a_read_and_for_a_save()
    {
        await using var app = await LutetiaAppFactory.StartAsync(DatabaseProvider.Sqlite);
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var form = HtmlForm.Fields(await client.GetPageAsync("/patients/P1/cycles"), CaseReportFormTests.PageForm);
        using (var db = app.OpenDatabase())
            await db.Database.ExecuteSqlRawAsync("DROP TABLE prrt_cycles", TestContext.Current.CancellationToken);
        foreach (var response in new[] { await client.GetAsync("/patients"), await client.PostRawAsync("/patients/P1/cycles", form) })
        {
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
            Assert.DoesNotContain("at Lutetia.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("at Microsoft.", html, StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        }
    }
}
