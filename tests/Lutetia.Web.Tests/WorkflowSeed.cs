using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>What the workflow tests set up through the services, as a user of the test accounts would.</summary>
public static class WorkflowSeed
{
    public static LutetiaUser User(LutetiaDbContext db, string email) => db.Users.AsNoTracking().Single(u => u.UserName == email);

    /// <summary>Query 1 on the patient's Ki-67, raised by the coordinator, unless the patient has a query already.</summary>
    public static void QueryOnKi67(LutetiaAppFactory app, string patientId)
    {
        using var db = app.OpenDatabase();
        var queries = new QueryService(db, TimeProvider.System);
        var coordinator = User(db, Accounts.Coordinator);
        if (queries.ForPatient(coordinator, patientId).Count == 0)
            queries.Raise(coordinator, patientId, "patients", patientId, "ki67_percent", "Ki-67 of 4 %: please confirm from the pathology report.");
    }
}
