using System.Reflection;
using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Tests.Workflow;
using Lutetia.Storage.Workflow;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests.Review;

/// <summary>The central review: the queue of exams without a central read, blinded, and the central read stored for the exam.</summary>
public sealed class CentralReviewTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_post_exam_without_central_read_is_queued_blinded_and_leaves_the_queue_once_read(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var item = Assert.Single(await Done(c.Queue.RunAsync(c.Reviewer, Cancellation)));
        Assert.Equal(("P1", "C1", new DateOnly(2016, 9, 20), Modality.Ct, ReviewAnchor.Post), (item.PatientId, item.CenterId, item.ExamDate, item.Modality, item.Anchor));
        Assert.Equal(["L1", "L2", "L3", "L4"], item.Lesions.Select(l => l.LesionId));
        Assert.True(item.Lesions[0].MesentericMass);

        var result = await Done(c.EnterRead.RunAsync(c.Reviewer, "P1", item.ExamDate, item.Modality,
            [new LesionReading("L1", 20.5m, null, null), new LesionReading("L2", null, true, null), new LesionReading("L3", null, null, NonTargetStatus.Present)],
            Cancellation));
        Assert.Equal(("R3-C", "R3"), (result.ReadId, result.LocalReadId));
        Assert.Equal(22m, result.Local.Single(m => m.LesionId == "L1").DiameterMm);

        using var check = study.Store.Open();
        var read = check.Reads.Single(r => r.ReadId == "R3-C");
        Assert.Equal((Reader.Central, new DateOnly(2016, 9, 20), Modality.Ct), (read.Reader, read.ExamDate, read.Modality));
        Assert.Equal(20.5m, check.Measurements.Single(m => m.ReadId == "R3-C" && m.LesionId == "L1").DiameterMm);
        Assert.Equal(4, check.AuditEntries.Count(e => e.User == "reviewer@lutetia.test" && e.Action == AuditAction.Insert));
        Assert.Empty(await Done(c.Queue.RunAsync(c.Coordinator, Cancellation)));
        await Refused(RefusalKind.Conflict, c.EnterRead.RunAsync(c.Reviewer, "P1", item.ExamDate, item.Modality, [], Cancellation));
    }

    [Fact]
    public void Nothing_the_queue_gives_can_hold_a_local_measurement_or_read()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(ReviewQueueItem)]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
                continue;
            Assert.False(type == typeof(decimal) || type == typeof(decimal?), $"{type} can hold a measurement");
            Assert.False(typeof(Measurement).IsAssignableFrom(type) || type == typeof(LesionReading) || type == typeof(MeasurementRow)
                         || type == typeof(Read) || type == typeof(ReadRow), $"{type.Name} exposes a local read");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var t = property.PropertyType;
                Assert.DoesNotContain("Read", property.Name, StringComparison.Ordinal);
                pending.Push(t.IsGenericType ? t.GetGenericArguments()[0] : t);
            }
        }
        Assert.Contains(typeof(ReviewLesion), seen);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_the_reviewer_reads_only_the_queued_lesions_and_a_locked_record_refuses_the_read(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var date = new DateOnly(2016, 9, 20);
        await Refused(RefusalKind.Forbidden, c.Queue.RunAsync(c.InvestigatorC1, Cancellation));
        await Refused(RefusalKind.Forbidden, c.EnterRead.RunAsync(c.Coordinator, "P1", date, Modality.Ct, [], Cancellation));
        await Refused(RefusalKind.Invalid, c.EnterRead.RunAsync(c.Reviewer, "P1", date, Modality.Ct, [new LesionReading("L9", 10m, null, null)], Cancellation));
        await Refused(RefusalKind.Invalid, c.EnterRead.RunAsync(c.Reviewer, "P1", date, Modality.Ct, [new LesionReading("L1", -3m, null, null)], Cancellation));
        await Refused(RefusalKind.Invalid, c.EnterRead.RunAsync(c.Reviewer, "P1", date, Modality.Ct,
            [new LesionReading("L1", 10m, null, null), new LesionReading("L1", 11m, null, null)], Cancellation));
        await Refused(RefusalKind.Conflict, c.EnterRead.RunAsync(c.Reviewer, "P1", new DateOnly(2015, 12, 15), Modality.Ct, [], Cancellation));

        await Done(c.Lock().RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", Cancellation));
        var locked = await Refused(RefusalKind.Locked, c.EnterRead.RunAsync(c.Reviewer, "P1", date, Modality.Ct, [new LesionReading("L1", 20m, null, null)], Cancellation));
        Assert.Contains("locked by coordinator@lutetia.test", locked.Message, StringComparison.Ordinal);
        Assert.Single(await Done(c.Queue.RunAsync(c.Reviewer, Cancellation)));
        Assert.DoesNotContain(study.Db.ChangeTracker.Entries(), e => e.State != Microsoft.EntityFrameworkCore.EntityState.Unchanged);
    }
}
