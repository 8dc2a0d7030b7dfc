using Lutetia.Intake;

namespace Lutetia.Cli;

/// <summary>Maps the cohort reader's table-by-table progress onto a bar.</summary>
internal sealed class FractionProgress(IProgress<double> bar) : IProgress<ReadProgress>
{
    public void Report(ReadProgress value) => bar.Report(value.Fraction);
}
