using System.Globalization;
using System.Text;

namespace Lutetia.Bench.SurvivalVsR;

/// <summary>
/// A synthetic survival table with a fixed seed: exponential event times whose hazard depends on
/// the group (3 levels) and two numeric covariates (age, a log-normal marker), independent
/// exponential censoring, times in days to one decimal (so there are ties, as in real data).
/// </summary>
internal sealed class SyntheticSurvivalData
{
    private static readonly string[] Levels = ["A", "B", "C"];

    private SyntheticSurvivalData(double[] time, int[] status, string[] group, double[] age, double[] marker)
    {
        Time = time;
        Status = status;
        Group = group;
        Age = age;
        Marker = marker;
    }

    public double[] Time { get; }
    public int[] Status { get; }
    public string[] Group { get; }
    public double[] Age { get; }
    public double[] Marker { get; }
    public int N => Time.Length;

    /// <summary>Writes n subjects (seed fixed) to a CSV file: time,status,group,age,marker.</summary>
    public static void Write(string path, int n, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("time,status,group,age,marker\n");
        var c = CultureInfo.InvariantCulture;
        for (int i = 0; i < n; i++)
        {
            int g = random.Next(Levels.Length);
            double age = Math.Round(65 + 10 * Gaussian(random), 1);
            double marker = Math.Round(Math.Exp(Gaussian(random)), 3);
            double hazard = 1.0 / 900 * Math.Exp(0.25 * g + 0.02 * (age - 65) + 0.3 * Math.Log(marker));
            double eventTime = -Math.Log(1 - random.NextDouble()) / hazard;
            double censorTime = -Math.Log(1 - random.NextDouble()) * 1500;
            double t = Math.Round(Math.Min(eventTime, censorTime), 1);
            int status = eventTime <= censorTime ? 1 : 0;
            writer.Write(string.Create(c, $"{t:R},{status},{Levels[g]},{age:R},{marker:R}\n"));
        }
    }

    /// <summary>Reads back a file written by <see cref="Write"/>.</summary>
    public static SyntheticSurvivalData Read(string path)
    {
        var lines = File.ReadAllLines(path);
        int n = lines.Length - 1;
        var time = new double[n];
        var status = new int[n];
        var group = new string[n];
        var age = new double[n];
        var marker = new double[n];
        for (int i = 0; i < n; i++)
        {
            var f = lines[i + 1].Split(',');
            time[i] = double.Parse(f[0], CultureInfo.InvariantCulture);
            status[i] = int.Parse(f[1], CultureInfo.InvariantCulture);
            group[i] = string.Intern(f[2]);
            age[i] = double.Parse(f[3], CultureInfo.InvariantCulture);
            marker[i] = double.Parse(f[4], CultureInfo.InvariantCulture);
        }
        return new SyntheticSurvivalData(time, status, group, age, marker);
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
