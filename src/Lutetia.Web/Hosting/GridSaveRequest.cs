namespace Lutetia.Web.Hosting;

/// <summary>
/// A lesion grid saved through HTTP: the cells by <c>LESION:column</c> (e.g. <c>M1:diameter_mm</c>,
/// as the format writes the values) and the reason, required when the read's measurements were saved before.
/// </summary>
public sealed record GridSaveRequest(IReadOnlyDictionary<string, string?>? Cells, string? Reason);
