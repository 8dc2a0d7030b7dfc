using Lutetia.Storage;
using Lutetia.Web.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Components.Shared;

/// <summary>
/// What every page of one patient knows: the patient (the access middleware has already checked
/// that the account may see it) and whether the account may change this section.
/// </summary>
public abstract class PatientPageBase : ComponentBase
{
    [Parameter] public string PatientId { get; set; } = "";
    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;
    [Inject] protected LutetiaDbContext Db { get; set; } = default!;

    protected PatientRow Patient { get; private set; } = new();
    protected Account Account { get; private set; } = default!;

    protected abstract CrfSection Section { get; }

    protected bool CanWrite => Permissions.Allows(Account, Section, CrfAccess.Write) && Account.SeesCenter(Patient.CenterId);

    /// <summary>What the account may see of the patient's reads (the access middleware decided it).</summary>
    protected Blinding Blinding => Blinding.Of(HttpContext);

    /// <summary>The patient's reads the account may see, by exam date.</summary>
    protected List<ReadRow> ReadsByDate() =>
        Db.Reads.AsNoTracking().Where(r => r.PatientId == PatientId).OrderBy(r => r.ExamDate).ThenBy(r => r.Sequence)
            .AsEnumerable().Where(r => !Blinding.Hides(r)).ToList();

    protected override void OnInitialized()
    {
        Account = Account.Of(HttpContext.User) ?? throw new InvalidOperationException("a patient page without a signed-in account");
        Patient = Db.Patients.AsNoTracking().First(p => p.PatientId == PatientId);
    }
}
