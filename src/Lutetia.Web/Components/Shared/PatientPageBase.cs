using Lutetia.Storage;
using Lutetia.Web.Access;
using Lutetia.Workflow.Imaging;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Components.Shared;

/// <summary>
/// What every page of one patient knows: the patient (the access middleware has already checked
/// that the account may see it; <see cref="OpenPatient"/> checks again) and whether the account may
/// change this section. The patient is loaded before the page's own initialization runs, so a page
/// may use it in <c>OnInitialized</c> or <c>OnInitializedAsync</c> alike.
/// </summary>
public abstract class PatientPageBase : ComponentBase
{
    [Parameter] public string PatientId { get; set; } = "";
    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;
    [Inject] private OpenPatient Opening { get; set; } = default!;
    [Inject] private PatientReads Reads { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected PatientRow Patient { get; private set; } = new();
    protected Account Account { get; private set; } = default!;

    protected abstract CrfSection Section { get; }

    /// <summary>Whether the account may change this section of the patient (the use case decided it).</summary>
    protected bool CanWrite { get; private set; }

    /// <summary>What the account may see of the patient's reads (the access middleware decided it).</summary>
    protected Blinding Blinding => Blinding.Of(HttpContext);

    /// <summary>The patient's reads the account may see, by exam date.</summary>
    protected async Task<IReadOnlyList<ReadRow>> ReadsByDateAsync()
    {
        var reads = await Reads.RunAsync(Account, PatientId, HttpContext.RequestAborted);
        return reads.TryGetValue(out var visible) ? visible : [];
    }

    /// <summary>A page of this patient: <c>/patients/P1/cycles</c>.</summary>
    protected string PatientPath(string page) => $"/patients/{Uri.EscapeDataString(PatientId)}{page}";

    /// <summary>Where "Save and continue" leads: the next form of the patient (patient, clinical, cycles, imaging, follow-up).</summary>
    protected Func<Task<string>> ContinueTo(string page) => () => Task.FromResult(PatientPath(page));

    public override async Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        Account = Account.Of(HttpContext.User) ?? throw new InvalidOperationException("a patient page without a signed-in account");
        var opened = await Opening.RunAsync(Account, PatientId, Section, HttpContext.RequestAborted);
        if (!opened.TryGetValue(out var view))
        {
            // Gone since the access middleware looked (deleted a moment before): not found, as it would have said.
            Navigation.NotFound();
            return;
        }
        (Patient, CanWrite) = (view.Patient, view.CanWrite);
        await base.SetParametersAsync(ParameterView.Empty);
    }
}
