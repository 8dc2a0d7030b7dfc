using Lutetia.Intake;
using Lutetia.Twin;

// lutetia-twin: builds the synthetic MesenLuth twin cohort from Plans/*.txt (see docs/twin.md).
//   lutetia-twin FOLDER            write the cohort's CSV files into FOLDER
//   lutetia-twin --check [--against FOLDER] [--endpoints FILE]
//                                  derive the endpoints from the built rows and compare them with
//                                  the paper; --against compares the build with a committed
//                                  folder; FILE gets the endpoints (endpoints.csv columns) for R
const string Usage = "usage: lutetia-twin FOLDER | lutetia-twin --check [--against FOLDER] [--endpoints FILE]";
try
{
    if (args.Length == 0 || args[0] != "--check" && (args.Length != 1 || args[0].StartsWith('-')))
        return UsageError();
    var plans = PlanReader.ReadEmbedded();
    var cohort = TwinCohort.Build(plans);
    if (args[0] != "--check")
    {
        CsvCohortWriter.Write(cohort, args[0]);
        Console.WriteLine($"{cohort.Patients.Count} patients written to {Path.GetFullPath(args[0])}");
        return 0;
    }
    string? against = null;
    string? endpoints = null;
    for (var i = 1; i < args.Length; i += 2)
    {
        if (i + 1 >= args.Length)
            return UsageError();
        switch (args[i])
        {
            case "--against":
                against = args[i + 1];
                break;
            case "--endpoints":
                endpoints = args[i + 1];
                break;
            default:
                return UsageError();
        }
    }
    return CheckCommand.Run(plans, cohort, against, endpoints, Console.Out);
}
catch (Exception e) when (e is FormatException or ArgumentException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"lutetia-twin: {e.Message}");
    return 1;
}

int UsageError()
{
    Console.Error.WriteLine(Usage);
    return 2;
}
