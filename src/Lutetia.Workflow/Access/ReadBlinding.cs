using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Storage.Settings;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.DataQuality;
using Lutetia.Workflow.Review;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Access;

/// <summary>
/// Which imaging reads an account may see (docs/security.md, "Blinding and
/// confidentiality"), one rule for every page, endpoint, download, audit view and use case:
/// <list type="bullet">
/// <item>a reviewer sees no read of a patient who has an exam waiting for its central read (the
/// review queue): no measurement, category, non-target status, new lesion or verdict of any of that
/// patient's exams, since the other exams' values would bias the reading too. Once the patient's
/// waiting exams are read centrally, the reviewer sees them like the others;</item>
/// <item>an investigator sees no central read of their patients until the coordinator releases the
/// central reads (the study setting <c>central_reads_released</c>, no by default);</item>
/// <item>the coordinator and the statistician see every read.</item>
/// </list>
/// Decided from the database for the account, never from the request. The web application's
/// <c>Blinding</c> (the request's copy, built by its access middleware) wraps one.
/// </summary>
public sealed class ReadBlinding
{
    private readonly LutetiaDbContext _db;
    private readonly string? _reviewCenter;
    private readonly bool _reviewer;
    private IReadOnlySet<string>? _waiting;
    private IReadOnlySet<string>? _centralReads;

    private ReadBlinding(LutetiaDbContext db, Account account, bool centralReleased, string? reviewCenter)
    {
        _db = db;
        _reviewCenter = reviewCenter;
        _reviewer = account.Role == LutetiaRole.Reviewer;
        HidesCentralReads = account.Role == LutetiaRole.Investigator && !centralReleased;
    }

    /// <summary>
    /// What <paramref name="account"/> may see now, on <paramref name="db"/>; a reviewer's patients in the
    /// queue are looked up in <paramref name="reviewCenter"/> (the patient's or the route's centre), or in every centre.
    /// </summary>
    public static async Task<ReadBlinding> ForAsync(LutetiaDbContext db, Account account, string? reviewCenter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(account);
        var released = account.Role != LutetiaRole.Investigator
            || await StudySettings.IsOnAsync(db, StudySetting.CentralReadsReleased, cancellationToken).ConfigureAwait(false);
        return new ReadBlinding(db, account, released, reviewCenter);
    }

    /// <summary>Whether central reads are hidden: an investigator's, until the coordinator releases them.</summary>
    public bool HidesCentralReads { get; }

    /// <summary>Whether the reads of the patients waiting for a central read are hidden: a reviewer's.</summary>
    public bool HidesWaitingReads => _reviewer;

    /// <summary>The sections whose pages or downloads show the values of a patient's reads.</summary>
    public static bool ShowsReads(CrfSection section) =>
        section is CrfSection.Imaging or CrfSection.Audit or CrfSection.Export or CrfSection.StatisticsExport or CrfSection.Analysis;

    /// <summary>Whether every read of the patient is hidden: a reviewer's, while the patient has an exam in the review queue.</summary>
    public bool HidesReadsOf(string patientId) => _reviewer && Waiting.Contains(patientId);

    /// <summary>Whether a section is refused for this patient (a reviewer's section that shows reads, while the patient waits).</summary>
    public bool Refuses(CrfSection section, string patientId) => ShowsReads(section) && HidesReadsOf(patientId);

    /// <summary>Whether one read is hidden.</summary>
    public bool Hides(ReadRow read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return HidesReadsOf(read.PatientId) || (HidesCentralReads && read.Reader == Reader.Central);
    }

    /// <summary>Whether the read <paramref name="readId"/> of the patient is hidden (it may be deleted: its audit entries still say whose it was).</summary>
    public bool HidesRead(string patientId, string readId) =>
        HidesReadsOf(patientId) || (HidesCentralReads && CentralReads.Contains(readId));

    /// <summary>The cohort without the hidden reads and their measurements (the exports).</summary>
    public Cohort Visible(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        if (!_reviewer && !HidesCentralReads)
            return cohort;
        var hidden = cohort.Reads.Where(r => HidesReadsOf(r.Patient.Value) || (HidesCentralReads && r.Reader == Reader.Central))
            .Select(r => r.Id).ToHashSet();
        return cohort with
        {
            Reads = cohort.Reads.Where(r => !hidden.Contains(r.Id)).ToList(),
            Measurements = cohort.Measurements.Where(m => !hidden.Contains(m.Read)).ToList(),
        };
    }

    /// <summary>A patient's audit trail without the entries of hidden reads and their measurements (the page and audit.csv).</summary>
    public IReadOnlyList<AuditEntry> Visible(IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Where(e => !(e.PatientId is { } patient && ReadOf(e.Entity, e.EntityKey) is { } read && HidesRead(patient, read))).ToList();
    }

    /// <summary>Data-quality issues without those of hidden reads and their measurements (their values).</summary>
    public IReadOnlyList<DataQualityIssue> Visible(IReadOnlyList<DataQualityIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return issues.Where(i => !(i.RecordKey is { } key && ReadOf(i.Table, key) is { } read && HidesRead(i.PatientId, read))).ToList();
    }

    /// <summary>The read a row of <c>reads</c> (key: the read) or <c>measurements</c> (key: read/lesion) belongs to; null for the other tables.</summary>
    private static string? ReadOf(string table, string key) => table switch
    {
        "reads" => key,
        "measurements" => key.Split('/', 2)[0],
        _ => null,
    };

    /// <summary>The reviewer's patients with a waiting exam, of the centre asked for (or of every centre when none).</summary>
    private IReadOnlySet<string> Waiting => _waiting ??= WaitingExams.Patients(CohortStore.Export(_db, _reviewCenter));

    /// <summary>The central reads, those there and those that were ever central (an insert or delete entry of <c>reads</c> with <c>reader=central</c>, a change of its reader).</summary>
    private IReadOnlySet<string> CentralReads => _centralReads ??= CentralReadIds();

    private HashSet<string> CentralReadIds()
    {
        var ids = _db.Reads.AsNoTracking().Where(r => r.Reader == Reader.Central).Select(r => r.ReadId).ToHashSet(StringComparer.Ordinal);
        var central = Codes<Reader>.ToCode(Reader.Central);
        var pair = "reader=" + central;
        ids.UnionWith(_db.AuditEntries.AsNoTracking()
            .Where(e => e.Entity == "reads"
                        && (e.Field == "*"
                            ? (e.NewValue != null && e.NewValue.Contains(pair)) || (e.OldValue != null && e.OldValue.Contains(pair))
                            : e.Field == "reader" && (e.NewValue == central || e.OldValue == central)))
            .Select(e => e.EntityKey).ToList());
        return ids;
    }
}
