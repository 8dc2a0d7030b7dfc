using System.Reflection;
using Lutetia.Storage;
using Lutetia.Web.Access;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Lutetia.Web.Tests;

/// <summary>
/// Every routed page of the application, found by reflection over Lutetia.Web (so a page added
/// later is visited without editing a list), with its route filled from <see cref="WebCohort"/>,
/// and the roles that reach it by the one permission matrix.
/// </summary>
public static class SitePages
{
    /// <summary>A page to visit: its path, the area its <see cref="CrfPageAttribute"/> names (null: anonymous or any signed-in account).</summary>
    public sealed record SitePage(string Path, CrfSection? Section, CrfAccess Least, bool Anonymous)
    {
        public bool Reaches(LutetiaRole role) => Section is not { } section || Permissions.ReachOf(role, section, Least) != Reach.None;
    }

    /// <summary>The value each route parameter takes: the investigator's own patient P1, its follow-up read, its baseline exam.</summary>
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["patientId"] = WebCohort.OwnPatient,
        ["readId"] = "R2",
        ["centerId"] = WebCohort.OwnCenter,
        ["examDate"] = "2020-01-10",
        ["modality"] = "ct",
        ["code"] = "404",
        // An agreement table's cell: every centre, the MM response, local PR read centrally as SD.
        ["center"] = "all",
        ["endpoint"] = "mm_response",
        ["local"] = "PR",
        ["central"] = "SD",
    };

    public static IReadOnlyList<SitePage> All() =>
        [.. from type in typeof(LutetiaWeb).Assembly.GetTypes()
            where typeof(IComponent).IsAssignableFrom(type)
            from route in type.GetCustomAttributes<RouteAttribute>()
            let crf = type.GetCustomAttribute<CrfPageAttribute>()
            orderby route.Template
            select new SitePage(Fill(route.Template), crf?.Section, crf?.Least ?? CrfAccess.Read,
                type.GetCustomAttribute<AllowAnonymousAttribute>() is not null)];

    /// <summary>"/patients/{patientId}/reads/{readId}" → "/patients/P1/reads/R2"; an unknown parameter fails with its name.</summary>
    private static string Fill(string template)
    {
        var parts = template.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].StartsWith('{'))
                continue;
            var name = parts[i].Trim('{', '}', '?').Split(':')[0];
            Assert.True(Values.TryGetValue(name, out var value),
                $"The route {template} has a parameter {{{name}}} that SitePages does not know: add a value of the test cohort for it.");
            parts[i] = value;
        }
        return string.Join('/', parts);
    }
}
