using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.DataQuality;
using Lutetia.Workflow.Review;
using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Access;

/// <summary>
/// Which imaging reads an account may see (docs/security.md, "Blinding and
/// confidentiality"), one rule for every page, endpoint, download and audit view:
/// <list type="bullet">
/// <item>a reviewer sees no read of a patient who has an exam waiting for its central read (the
/// review queue): no measurement, category, non-target status, new lesion or verdict of any of that
/// patient's exams, since the other exams' values would bias the reading too; the sections that show
/// them (<see cref="ShowsReads"/>) answer 403 for that patient, and lists leave them out. Once the
/// patient's waiting exams are read centrally, the reviewer sees them like the others;</item>
/// <item>an investigator sees no central read of their patients until the coordinator releases the
/// central reads (the study setting <c>central_reads_released</c>, no by default): not in the
/// pages, the lesion grid, the exports, the audit trail or the data-quality list;</item>
/// <item>the coordinator and the statistician see every read.</item>
/// </list>
/// <see cref="PatientAccessMiddleware"/> builds it once per request (<see cref="Of"/>) and refuses
/// the routes; the pages, downloads and audit views filter with it.
/// </summary>
public sealed class Blinding
{
    private const string ItemKey = "lutetia:blinding";
    private readonly ReadBlinding _rules;

    private Blinding(ReadBlinding rules) => _rules = rules;

    /// <summary>
    /// What <paramref name="account"/> may see now, on <paramref name="db"/>; a reviewer's patients in the
    /// queue are looked up in <paramref name="reviewCenter"/> (the route's centre), or in every centre.
    /// The rules are the application layer's (<see cref="ReadBlinding"/>): this is the request's copy.
    /// </summary>
    public static async Task<Blinding> ForAsync(LutetiaDbContext db, Account account, string? reviewCenter, CancellationToken cancellationToken) =>
        new(await ReadBlinding.ForAsync(db, account, reviewCenter, cancellationToken).ConfigureAwait(false));

    /// <summary>Whether central reads are hidden: an investigator's, until the coordinator releases them.</summary>
    public bool HidesCentralReads => _rules.HidesCentralReads;

    /// <summary>The sections whose pages or downloads show the values of a patient's reads.</summary>
    public static bool ShowsReads(CrfSection section) => ReadBlinding.ShowsReads(section);

    /// <summary>The request's blinding, built by <see cref="PatientAccessMiddleware"/> before any page or endpoint of a section runs.</summary>
    public static Blinding Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(ItemKey, out var found) && found is Blinding blinding
            ? blinding
            : throw new InvalidOperationException("no blinding for this request: the page or endpoint is not marked with [CrfPage]");
    }

    internal void Attach(HttpContext http) => http.Items[ItemKey] = this;

    /// <summary>Whether every read of the patient is hidden: a reviewer's, while the patient has an exam in the review queue.</summary>
    public bool HidesReadsOf(string patientId) => _rules.HidesReadsOf(patientId);

    /// <summary>Whether a section is refused for this patient (a reviewer's section that shows reads, while the patient waits).</summary>
    public bool Refuses(CrfSection section, string patientId) => _rules.Refuses(section, patientId);

    /// <summary>Whether one read is hidden.</summary>
    public bool Hides(ReadRow read) => _rules.Hides(read);

    /// <summary>Whether the read <paramref name="readId"/> of the patient is hidden (it may be deleted: its audit entries still say whose it was).</summary>
    public bool HidesRead(string patientId, string readId) => _rules.HidesRead(patientId, readId);

    /// <summary>The cohort without the hidden reads and their measurements (the exports).</summary>
    public Cohort Visible(Cohort cohort) => _rules.Visible(cohort);

    /// <summary>A patient's audit trail without the entries of hidden reads and their measurements (the page and audit.csv).</summary>
    public IReadOnlyList<AuditEntry> Visible(IReadOnlyList<AuditEntry> entries) => _rules.Visible(entries);

    /// <summary>Data-quality issues without those of hidden reads and their measurements (their values).</summary>
    public IReadOnlyList<DataQualityIssue> Visible(IReadOnlyList<DataQualityIssue> issues) => _rules.Visible(issues);
}
