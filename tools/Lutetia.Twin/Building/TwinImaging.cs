using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>
/// The imaging of one plan: its lesions, the CT/MRI exams of <see cref="ExamSchedule"/> with the
/// sizes the plan's MM and non-MM courses call for (<see cref="LesionSizes"/>), central re-reads of
/// the baseline and evaluation exams identical to the local reads, and receptor imaging before and
/// after PRRT.
/// </summary>
internal sealed class TwinImaging(PatientPlan plan, Random random, CohortBuilder rows)
{
    private readonly List<TwinLesion> _lesions = [];
    private int _reads;

    public void Add()
    {
        CreateLesions();
        var sizes = new LesionSizes(plan, _lesions, random);
        var days = ExamSchedule.Days(plan, random);
        var postDay = plan.PostDaysAfterLastDose is { } post ? plan.LastDoseDay + post : (int?)null;
        for (var k = 0; k < days.Count; k++)
        {
            var day = days[k];
            var modality = random.Next(100) < 85 ? Modality.Ct : Modality.Mri;
            var values = sizes.At(day, k);
            AddMorphologicRead(day, modality, Reader.Local, values);
            if (plan.CentralReview && (k == 0 || day == postDay))
                AddMorphologicRead(day, modality, Reader.Central, values);
        }
        AddReceptorImaging();
    }

    private void CreateLesions()
    {
        Lesion(LesionSite.Mesentery, isMass: true, nodal: true, LesionRole.Target, plan.MmBaselineMm);
        foreach (var site in plan.Sites)
        {
            switch (site)
            {
                case MetastaticSiteKind.Liver:
                    Lesion(LesionSite.Liver, false, false, LesionRole.Target, random.Next(16, 56));
                    if (random.Next(2) == 0)
                        Lesion(LesionSite.Liver, false, false, LesionRole.Target, random.Next(12, 41));
                    break;
                case MetastaticSiteKind.DistantLymphNodes:
                    Lesion(LesionSite.LymphNode, false, nodal: true, LesionRole.Target, random.Next(16, 29));
                    break;
                case MetastaticSiteKind.Peritoneum:
                    Lesion(LesionSite.Peritoneum, false, false, LesionRole.NonTarget, 0);
                    break;
                case MetastaticSiteKind.Bone:
                    Lesion(LesionSite.Bone, false, false, LesionRole.NonTarget, 0);
                    break;
                default:
                    Lesion(LesionSite.Other, false, false, LesionRole.NonTarget, 0);
                    break;
            }
        }
        if (plan.NonMm.Sign == ProgressionSign.NewLesion)
            Lesion(LesionSite.Liver, false, false, LesionRole.New, 0);
        if (plan.NonMm.Sign == ProgressionSign.Growth && !_lesions.Exists(l => l.IsNonMmTarget))
            throw new ArgumentException($"{plan.Id}: a growth progression needs a target lesion other than the MM (a liver or nodal site)");
        if (plan.NonMm.Sign == ProgressionSign.NonTarget && !_lesions.Exists(l => l.Role == LesionRole.NonTarget))
            throw new ArgumentException($"{plan.Id}: a non-target progression needs a peritoneal or bone site");
        if (plan.NonMm.Kind == NonMmCourseKind.None != (_lesions.Count == 1))
            throw new ArgumentException($"{plan.Id}: non_mm 'none' is for a patient with no metastatic site, and only for them");
    }

    private void Lesion(LesionSite site, bool isMass, bool nodal, LesionRole role, int baselineMm)
    {
        var id = new LesionId(string.Create(CultureInfo.InvariantCulture, $"L{_lesions.Count + 1}"));
        var krenning = isMass ? plan.MmKrenning ?? 4 : random.Next(2, 5);
        var suv = Math.Round(isMass ? 15m + random.Next(0, 250) / 10m : 8m + random.Next(0, 270) / 10m, 1);
        _lesions.Add(new TwinLesion(id, site, isMass, nodal, role, baselineMm, krenning, suv));
        rows.Lesions.Add(new Lesion(plan.Id, id, site, isMass, nodal, role));
    }

    private void AddMorphologicRead(int day, Modality modality, Reader reader, IReadOnlyList<LesionValue> values)
    {
        var read = AddRead(day, modality, reader);
        foreach (var v in values)
        {
            rows.Measurements.Add(new Measurement
            {
                Read = read.Id,
                Lesion = v.Lesion.Id,
                DiameterMm = v.DiameterMm,
                NonTargetStatus = v.Status,
            });
        }
    }

    /// <summary>
    /// SRS or 68Ga PET a little before the first dose and two weeks after the evaluation CT/MRI.
    /// The MM keeps its grade and loses 10 % of its SUVmax (no metabolic response); the other
    /// lesions lose a grade and 40 % of their SUVmax in a responder, keep their grade and 5 % otherwise.
    /// </summary>
    private void AddReceptorImaging()
    {
        if (plan.Receptor.Modality is not { } modality)
            return;
        var pet = modality == Modality.Pet68Ga;
        var before = AddRead(-Math.Max(1, plan.BaselineDaysBefore / 2 + 3), modality, Reader.Local);
        foreach (var lesion in _lesions.Where(l => l.Role != LesionRole.New))
            rows.Measurements.Add(Uptake(before, lesion, lesion.Krenning, lesion.SuvMax, pet));
        if (plan.PostDaysAfterLastDose is not { } post || plan.LastDoseDay + post + 14 > plan.End.Day)
            return;
        var afterDay = plan.LastDoseDay + post + 14;
        var after = AddRead(afterDay, modality, Reader.Local);
        foreach (var lesion in _lesions)
        {
            if (lesion.Role == LesionRole.New)
            {
                if (plan.NonMm.Day <= afterDay)
                    rows.Measurements.Add(Uptake(after, lesion, 3, 12.0m, pet));
                continue;
            }
            var responds = !lesion.IsMass && plan.Receptor.NonMmResponds;
            var grade = responds ? lesion.Krenning - 1 : lesion.Krenning;
            var factor = lesion.IsMass ? 0.90m : responds ? 0.60m : 0.95m;
            rows.Measurements.Add(Uptake(after, lesion, grade, Math.Round(lesion.SuvMax * factor, 1), pet));
        }
    }

    private static Measurement Uptake(Read read, TwinLesion lesion, int krenning, decimal suv, bool pet) => new()
    {
        Read = read.Id,
        Lesion = lesion.Id,
        Krenning = krenning,
        SuvMax = pet ? suv : null,
    };

    private Read AddRead(int day, Modality modality, Reader reader)
    {
        var id = new ReadId(string.Create(CultureInfo.InvariantCulture, $"{plan.Id}-R{++_reads:00}"));
        var read = new Read(id, plan.Id, plan.FirstDose.AddDays(day), modality, reader);
        rows.Reads.Add(read);
        return read;
    }
}
