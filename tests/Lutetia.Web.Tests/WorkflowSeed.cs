using Lutetia.Storage;
using Lutetia.Workflow;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Queries;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>What the workflow tests set up through the use cases, as a user of the test accounts would.</summary>
public static class WorkflowSeed
{
    public static LutetiaUser User(LutetiaDbContext db, string email) => db.Users.AsNoTracking().Single(u => u.UserName == email);

    /// <summary>The account of a test user as the use cases take it.</summary>
    public static Account AccountOf(LutetiaDbContext db, string email)
    {
        var user = User(db, email);
        return new Account(user.UserName!, user.Role, user.CenterId);
    }

    /// <summary>Query 1 on the patient's Ki-67, raised by the coordinator, unless the patient has a query already.</summary>
    public static async Task QueryOnKi67Async(LutetiaAppFactory app, string patientId)
    {
        await using var db = app.OpenDatabase();
        using var scope = WorkflowScope.Over(db);
        var coordinator = AccountOf(db, Accounts.Coordinator);
        var cancellation = TestContext.Current.CancellationToken;
        if ((await scope.Get<PatientQueries>().RunAsync(coordinator, patientId, cancellation)).Value.Count == 0)
        {
            var raised = await scope.Get<RaiseQuery>().RunAsync(coordinator, patientId, "patients", patientId, "ki67_percent",
                "Ki-67 of 4 %: please confirm from the pathology report.", cancellation);
            Assert.True(raised.Succeeded, raised.ToString());
        }
    }
}
