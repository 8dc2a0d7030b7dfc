using System.Net;
using System.Text.RegularExpressions;

namespace Lutetia.Web.Tests;

/// <summary>
/// The central reviewer's day over HTTP: "Next exam" from the queue and after each central read,
/// always an exam of the queue as the database holds it (never one read already, never one the
/// account may not read); the agreement tables' discordant cells listing their patients.
/// </summary>
public abstract partial class ReviewFlowTests(AppFixture fixture)
{
    private static string Text(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("id=\"next-exam\" href=\"([^\"]+)\"")]
    private static partial Regex NextExam();

    [GeneratedRegex("href=\"(/review/[^/\"]+/[0-9-]+/[a-z_0-9]+)\"")]
    private static partial Regex QueueLink();

    [GeneratedRegex("href=\"(/review/agreement/C1/mm_response/[a-z_]+/[a-z_]+)\"")]
    private static partial Regex DiscordantCell();

    [Fact]
    public async Task Next_exam_walks_the_reviewer_through_the_queue_once_and_a_discordant_cell_lists_its_patients()
    {
        var app = await fixture.AppAsync();
        using var reviewer = await WebClient.SignedInAsync(app, Accounts.Reviewer);
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var queuePage = await reviewer.GetPageAsync("/review");
        var queue = QueueLink().Matches(queuePage).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["/review/P1/2020-01-10/ct", "/review/P1/2020-07-10/ct", "/review/P2/2020-01-12/ct", "/review/P2/2020-07-12/ct"], queue);
        Assert.Equal(queue[0], NextExam().Match(queuePage).Groups[1].Value);
        Assert.DoesNotContain("next-exam", await coordinator.GetPageAsync("/review"), StringComparison.Ordinal);

        // Central diameters: P1's mass shrinks by half (the local reads say 40 → 36 mm), P2's as read locally.
        var diameters = new Dictionary<string, string>
        {
            [queue[0]] = "40",
            [queue[1]] = "20",
            [queue[2]] = "30",
            [queue[3]] = "31",
        };
        var visited = new List<string>();
        var next = NextExam().Match(queuePage).Groups[1].Value;
        while (next.Length > 0)
        {
            Assert.Contains(next, queue);
            Assert.DoesNotContain(next, visited);
            visited.Add(next);
            var stored = await (await reviewer.PostFormAsync(next, "central-read", new() { ["d:M1"] = diameters[next] })).Content
                .ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("stored", stored, StringComparison.Ordinal);
            next = NextExam().Match(stored).Groups[1].Value;
            if (next.Length == 0)
                Assert.Contains("No other exam is waiting for a central read.", stored, StringComparison.Ordinal);
        }
        Assert.Equal(queue, visited);
        Assert.DoesNotContain("next-exam", await reviewer.GetPageAsync("/review"), StringComparison.Ordinal);

        var agreement = await reviewer.GetPageAsync("/review/agreement");
        var cell = DiscordantCell().Match(agreement);
        Assert.True(cell.Success, "no discordant cell links to its patients on the agreement page");
        var patients = Text(await reviewer.GetPageAsync(cell.Groups[1].Value));
        Assert.Contains("<a href=\"/patients/P1/imaging\">P1</a>", patients, StringComparison.Ordinal);
        Assert.Contains("<td>2020-01-10</td>", patients, StringComparison.Ordinal);
        Assert.Contains("<td>2020-07-10</td>", patients, StringComparison.Ordinal);
        Assert.DoesNotContain("/patients/P2/", patients, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/patients/P1/imaging")).StatusCode);

        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        Assert.Equal(HttpStatusCode.Forbidden, (await investigator.GetAsync(cell.Groups[1].Value)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await investigator.GetAsync("/review")).StatusCode);
        Assert.Contains("there is no agreement table", Text(await coordinator.GetPageAsync("/review/agreement/all/nothing/pr/sd")), StringComparison.OrdinalIgnoreCase);
    }
}
