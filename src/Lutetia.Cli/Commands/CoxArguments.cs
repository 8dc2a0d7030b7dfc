using System.CommandLine;
using System.CommandLine.Parsing;

namespace Lutetia.Cli.Commands;

/// <summary>
/// The term options of <c>lutetia cox</c>: at least one of --covariates and --factors, no column in
/// both, and each --reference naming one of the --factors once, as COL=LEVEL.
/// </summary>
internal static class CoxArguments
{
    /// <summary>The names of a comma-separated list; null when one is empty or repeated.</summary>
    public static string[]? Names(string? list)
    {
        if (list is null) return null;
        var names = list.Split(',', StringSplitOptions.TrimEntries);
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0 || Array.IndexOf(names, names[i], 0, i) >= 0) return null;
        }
        return names;
    }

    /// <summary>COL=LEVEL pairs by column; null when one is malformed or a column is named twice.</summary>
    public static Dictionary<string, string>? References(string[]? pairs)
    {
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1) return null;
            if (!references.TryAdd(pair[..equals].Trim(), pair[(equals + 1)..])) return null;
        }
        return references;
    }

    public static void Check(CommandResult result, Option<string> covariates, Option<string> factors, Option<string[]> references)
    {
        var numeric = Names(result.GetValue(covariates));
        var categorical = Names(result.GetValue(factors));
        if (result.GetResult(covariates) is null && result.GetResult(factors) is null)
        {
            result.AddError("Name the model's terms: --covariates A,B for numeric columns and/or --factors C,D for categorical ones.");
            return;
        }
        if (numeric is not null && categorical is not null && numeric.Intersect(categorical, StringComparer.Ordinal).FirstOrDefault() is { } both)
            result.AddError($"Column '{both}' is in both --covariates and --factors; a column is either numeric or categorical.");
        var chosen = References(result.GetValue(references));
        if (chosen is null)
        {
            result.AddError("--reference must be COL=LEVEL with a column of --factors and one of its levels, e.g. --reference celltype=squamous, once per column.");
            return;
        }
        foreach (var column in chosen.Keys)
        {
            if (categorical is null || Array.IndexOf(categorical, column) < 0)
                result.AddError($"--reference {column}=… names a column that is not in --factors; list it there, e.g. --factors {column}.");
        }
    }
}
