using System.Text.Json;

namespace Lutetia.Storage.Backup;

/// <summary>The JSON settings of a logical backup's lines.</summary>
internal static class LogicalJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
