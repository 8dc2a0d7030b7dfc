namespace Lutetia.Workflow.Export;

/// <summary>A statistics export as the bytes of its zip, and what the server decided it holds (its <see cref="Manifest"/>: centre, data cut, locked only).</summary>
public sealed record StatisticsZip(byte[] Bytes, ExportManifest Manifest)
{
    public string? Center => Manifest.Center;
}
