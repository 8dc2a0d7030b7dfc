using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures;

/// <summary>A category named in a legend and the colour that marks it.</summary>
public sealed record CategoryStyle(string Name, Rgb Color);
