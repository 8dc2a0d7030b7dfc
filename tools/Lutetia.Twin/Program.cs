using Lutetia.Intake;
using Lutetia.Twin;

// lutetia-twin: builds the synthetic MesenLuth twin cohort from Plans/*.txt (see docs/twin.md).
//   lutetia-twin FOLDER                      write the cohort's CSV files into FOLDER
//   lutetia-twin --check [--endpoints FILE]   derive the endpoints from the built rows and compare
//                                            them with the paper; FILE gets the endpoints (endpoints.csv columns) for R
const string Usage = "usage: lutetia-twin FOLDER | lutetia-twin --check [--endpoints FILE]";
try
{
    var plans = PlanReader.ReadEmbedded();
    var cohort = TwinCohort.Build(plans);
    if (args is ["--check"] or ["--check", "--endpoints", _])
    {
        var check = new TwinCheck(cohort);
        var endpoints = check.Run();
        foreach (var line in check.Lines)
            Console.WriteLine(line);
        Console.WriteLine(check.Differences == 0 ? "every published count is reproduced" : $"{check.Differences} counts differ from the paper");
        if (args is [_, "--endpoints", var file])
            File.WriteAllText(file, TwinCheck.EndpointsCsv(endpoints));
        return check.Differences == 0 ? 0 : 1;
    }
    if (args.Length != 1 || args[0].StartsWith('-'))
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
    CsvCohortWriter.Write(cohort, args[0]);
    Console.WriteLine($"{cohort.Patients.Count} patients written to {Path.GetFullPath(args[0])}");
    return 0;
}
catch (Exception e) when (e is FormatException or ArgumentException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"lutetia-twin: {e.Message}");
    return 1;
}
