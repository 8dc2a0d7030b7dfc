using System.Globalization;
using System.Text;
using Lutetia.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Storage;

/// <summary>
/// How values are written in the audit trail: as the cohort format writes them (codes, ISO dates,
/// yes/no, invariant numbers), so an entry reads like the CSV a data manager knows.
/// </summary>
public static class AuditValues
{
    public static string Code(AuditAction action) => Codes<AuditAction>.ToCode(action);

    /// <summary>One stored value as text; null stays null.</summary>
    public static string? Format(IProperty property, object? value)
    {
        if (value is null)
            return null;
        if (property.GetValueConverter() is { } converter)
            value = converter.ConvertToProvider(value);
        return value switch
        {
            null => null,
            string s => s,
            bool b => b ? "yes" : "no",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    /// <summary>
    /// A whole row as <c>column=value</c> pairs, nulls left out (an insert's new value, a delete's
    /// old value), in the order the row type declares its fields: the order of the format's columns.
    /// </summary>
    public static string Row(EntityEntry entry, PropertyValues values, IReadOnlySet<string> skipped)
    {
        var text = new StringBuilder(128);
        foreach (var clrProperty in entry.Metadata.ClrType.GetProperties())
        {
            if (skipped.Contains(clrProperty.Name) || entry.Metadata.FindProperty(clrProperty.Name) is not { } property
                || Format(property, values[property]) is not { } value)
                continue;
            if (text.Length > 0)
                text.Append("; ");
            text.Append(property.GetColumnName()).Append('=').Append(value);
        }
        return text.ToString();
    }
}
