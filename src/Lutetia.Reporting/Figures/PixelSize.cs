namespace Lutetia.Reporting.Figures;

/// <summary>The size of a rendered PNG, in pixels.</summary>
public readonly record struct PixelSize(int Width, int Height);
