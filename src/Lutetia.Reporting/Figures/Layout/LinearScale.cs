namespace Lutetia.Reporting.Figures.Layout;

/// <summary>Maps data values linearly onto a span of figure points.</summary>
internal readonly record struct LinearScale(double Domain0, double Domain1, double Range0, double Range1)
{
    public double Map(double value) => Range0 + (value - Domain0) * (Range1 - Range0) / (Domain1 - Domain0);
}
