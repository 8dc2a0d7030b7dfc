using System.Globalization;
using Lutetia.Domain;
using Lutetia.Storage.Workflow;

namespace Lutetia.Web.Forms;

/// <summary>How the review pages name an exam in a link (<c>/review/P1/2020-01-10/ct</c>) and read it back.</summary>
public static class ReviewLinks
{
    public static string Exam(ReviewQueueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"/review/{Uri.EscapeDataString(item.PatientId)}/{IsoDate.Text(item.ExamDate)}/{Codes<Modality>.ToCode(item.Modality)}";
    }

    /// <summary>The exam date and modality of a link, or null when either does not read.</summary>
    public static (DateOnly Date, Modality Modality)? Parse(string date, string modality) =>
        IsoDate.TryParse(date, out var d)
        && Codes<Modality>.TryParse(modality, out var m)
            ? (d, m)
            : null;

    public static string Anchor(ReviewAnchor anchor) => anchor == ReviewAnchor.Baseline ? "baseline" : "post-PRRT";
}
