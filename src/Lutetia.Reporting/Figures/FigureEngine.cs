using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;
using SkiaSharp;

namespace Lutetia.Reporting.Figures;

/// <summary>
/// The drawing library (SkiaSharp's native code) and the embedded fonts are loaded on first use,
/// only by a command that draws. A command that will draw once its data are read calls
/// <see cref="Preload"/> first, so that loading them (about a tenth of a second cold) runs on the
/// second core while the first reads the table (docs/performance.md, Cold start and end to end against R).
/// </summary>
public static class FigureEngine
{
    /// <summary>Starts loading the drawing library and both fonts in the background.</summary>
    public static Task Preload() => Task.Run(Load);

    private static void Load()
    {
        using var font = Fonts.Create(FigureFonts.Tick);
        font.MeasureText("0");
        Fonts.Face(bold: true);
        // A pixel drawn and encoded: loads and initialises the native rasteriser and PNG encoder.
        using var surface = SKSurface.Create(new SKImageInfo(1, 1, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface?.Canvas.Clear(SKColors.White);
        using var image = surface?.Snapshot();
        using var data = image?.Encode(SKEncodedImageFormat.Png, 100);
    }

    /// <summary>A figure as SVG and as PNG at <paramref name="dpi"/>, the two drawn in parallel.</summary>
    public static (string Svg, byte[] Png) Render(Figure figure, int dpi = 300)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var png = Task.Run(() => figure.RenderPng(dpi));
        var svg = figure.RenderSvg();
        return (svg, png.GetAwaiter().GetResult());
    }
}
