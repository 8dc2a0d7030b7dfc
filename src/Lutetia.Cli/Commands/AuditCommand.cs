using System.CommandLine;
using System.Globalization;
using Lutetia.Storage;
using Lutetia.Workflow;
using Lutetia.Workflow.Audit;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia audit verify [--head N:HASH] [--db CONN]</c>: checks the audit trail's hash chain and
/// names the first broken link, checks that a chain head recorded earlier is still in it, and
/// replays the trail against the stored rows, naming every difference (exit 1).
/// <c>lutetia audit head [--db CONN]</c>: the chain head as <c>N:HASH</c>, to record outside the server.
/// <c>lutetia audit export --out FILE.csv [--patient ID] [--db CONN]</c>: the trail, or one patient's history, as CSV.
/// </summary>
public static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var db = ImportCommand.DbOption();
        var head = new Option<string?>("--head") { Description = "A chain head recorded earlier (N:HASH, from `lutetia audit head`): fail when it is no longer in the chain" };
        var verify = new Command("verify",
            "Check every link of the audit trail's SHA-256 chain, and that replaying the trail gives exactly the stored rows; report what differs (exit 1)")
        {
            head,
            db,
        };
        verify.SetAction(parse => Verify(console, parse.GetValue(db), parse.GetValue(head)));
        var headDb = ImportCommand.DbOption();
        var headCommand = new Command("head", "Print the chain head (N:HASH: the last entry's number and hash), to record outside the server")
        {
            headDb,
        };
        headCommand.SetAction(parse => Head(console, parse.GetValue(headDb)));
        var exportDb = ImportCommand.DbOption();
        var output = new Option<string>("--out") { Description = "The CSV file to write", Required = true };
        var patient = new Option<string?>("--patient") { Description = "Only the history of this patient's rows" };
        var export = new Command("export", "Write the audit trail (or one patient's history) as CSV, hashes included")
        {
            output,
            patient,
            exportDb,
        };
        export.SetAction(parse => Export(console, parse.GetValue(output)!, parse.GetValue(patient), parse.GetValue(exportDb)));
        return new Command("audit", "The audit trail of the database")
        {
            verify,
            headCommand,
            export,
        };
    }

    private static int Export(CliConsole console, string output, string? patient, string? dbArgument)
    {
        if (!CommandStudy.TryOpen(dbArgument, mustExist: true, out var workflow, out var problem))
        {
            console.Error.WriteLine($"lutetia audit export: {problem}");
            return LutetiaCli.Failure;
        }
        using (workflow)
        {
            var written = workflow.Get<ExportAuditTrail>().RunAsync(workflow.Operator, patient, output, CancellationToken.None).GetAwaiter().GetResult();
            if (written.Refusal is { } refused)
            {
                console.Error.WriteLine($"lutetia audit export: {refused.Message}. Nothing was written.");
                return LutetiaCli.Failure;
            }
            var whose = patient is null ? "" : $" about patient {patient}";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{output}: {written.Value} audit entries{whose}"));
            return LutetiaCli.Success;
        }
    }

    private static int Head(CliConsole console, string? dbArgument)
    {
        if (!CommandStudy.TryOpen(dbArgument, mustExist: true, out var workflow, out var problem))
        {
            console.Error.WriteLine($"lutetia audit head: {problem}");
            return LutetiaCli.Failure;
        }
        using (workflow)
        {
            var verified = workflow.Get<AuditHead>().RunAsync(workflow.Operator, CancellationToken.None).GetAwaiter().GetResult();
            if (!verified.TryGetValue(out var chain))
                return Refused(console, "head", verified.Refusal!);
            if (!chain.IsIntact)
                return Broken(console, chain);
            console.Out.WriteLine(AuditAnchor.Format(chain.EntriesChecked, chain.HeadHash));
            return LutetiaCli.Success;
        }
    }

    private static int Verify(CliConsole console, string? dbArgument, string? head)
    {
        (long, string)? anchor = null;
        if (head is not null)
        {
            if (!AuditAnchor.TryParse(head, out var headId, out var headHash))
            {
                console.Error.WriteLine($"lutetia audit verify: --head \"{head}\" is not a chain head: give {AuditAnchor.Expected}.");
                return LutetiaCli.Failure;
            }
            anchor = (headId, headHash);
        }
        if (!CommandStudy.TryOpen(dbArgument, mustExist: true, out var workflow, out var problem))
        {
            console.Error.WriteLine($"lutetia audit verify: {problem}");
            return LutetiaCli.Failure;
        }
        using (workflow)
        {
            var verified = workflow.Get<VerifyAuditTrail>().RunAsync(workflow.Operator, anchor, CancellationToken.None).GetAwaiter().GetResult();
            if (!verified.TryGetValue(out var check))
                return Refused(console, "verify", verified.Refusal!);
            return Report(console, check);
        }
    }

    /// <summary>What the verification found, on the standard output when intact, else on the error output (exit 1).</summary>
    private static int Report(CliConsole console, AuditTrailCheck check)
    {
        if (!check.Chain.IsIntact)
            return Broken(console, check.Chain);
        if (check.Head is { IsIntact: false } anchor)
        {
            console.Error.WriteLine($"audit trail BROKEN: {anchor.Message}.");
            console.Error.WriteLine("The chain is consistent, but not the one whose head was recorded: keep the database as it is and compare it with your last backup.");
            return LutetiaCli.Failure;
        }
        var data = check.Data!;
        if (!data.IsIntact)
        {
            console.Error.WriteLine($"audit trail intact, DATA CHANGED: {data.Message}:");
            foreach (var difference in data.Differences)
                console.Error.WriteLine("  " + difference.Describe());
            if (data.DifferenceCount > data.Differences.Count)
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {data.DifferenceCount - data.Differences.Count} more."));
            console.Error.WriteLine("The database was changed around Lutetia (or the trail holds a forged entry): keep it as it is and compare it with your last backup.");
            return LutetiaCli.Failure;
        }
        console.Out.WriteLine(check.Chain.Message);
        if (check.Head is { } head)
            console.Out.WriteLine(head.Message);
        console.Out.WriteLine(data.Message);
        return LutetiaCli.Success;
    }

    private static int Refused(CliConsole console, string command, Refusal refusal)
    {
        console.Error.WriteLine($"lutetia audit {command}: {refusal.Sentence}");
        return LutetiaCli.Failure;
    }

    private static int Broken(CliConsole console, AuditVerification verdict)
    {
        console.Error.WriteLine($"audit trail BROKEN: {verdict.Message}.");
        console.Error.WriteLine($"The {verdict.EntriesChecked} entries before it are intact. The trail was changed outside Lutetia: " +
                                "keep the database as it is and compare it with your last backup.");
        return LutetiaCli.Failure;
    }
}
