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
            DateOnly d => IsoDate.Text(d),
            DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    /// <summary>
    /// A whole row as <c>column=value</c> pairs joined by <c>"; "</c>, nulls left out (an insert's new
    /// value, a delete's old value), in the order the row type declares its fields: the order of the
    /// format's columns. In a value, <c>\</c> is written <c>\\</c> and <c>;</c> is written <c>\;</c>,
    /// so that <see cref="ParseRow"/> reads back exactly the values written, whatever they hold.
    /// </summary>
    public static string Row(EntityEntry entry, PropertyValues values, IReadOnlySet<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(values);
        return Row(Fields(entry.Metadata, p => values[p], skipped));
    }

    /// <summary>The fields of a row as the trail writes them, in declaration order, nulls included.</summary>
    public static IEnumerable<(IProperty Property, string? Value)> Fields(IEntityType type, Func<IProperty, object?> value, IReadOnlySet<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(skipped);
        foreach (var clrProperty in type.ClrType.GetProperties())
        {
            if (!skipped.Contains(clrProperty.Name) && type.FindProperty(clrProperty.Name) is { } property)
                yield return (property, Format(property, value(property)));
        }
    }

    /// <summary>The text of <see cref="Row(EntityEntry, PropertyValues, IReadOnlySet{string})"/> from formatted fields.</summary>
    public static string Row(IEnumerable<(IProperty Property, string? Value)> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder(128);
        foreach (var (property, value) in fields)
        {
            if (value is null)
                continue;
            if (text.Length > 0)
                text.Append("; ");
            text.Append(property.GetColumnName()).Append('=');
            foreach (var c in value)
            {
                if (c is '\\' or ';')
                    text.Append('\\');
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Reads back a whole row written by <see cref="Row(EntityEntry, PropertyValues, IReadOnlySet{string})"/>:
    /// column → value (a column left out was null). Entries written before values were escaped read
    /// the same unless a value held a <c>;</c> or a <c>\</c>.
    /// </summary>
    public static Dictionary<string, string> ParseRow(string? text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text))
            return fields;
        var part = new StringBuilder(64);
        string? column = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (column is null && c == '=')
            {
                column = part.ToString();
                part.Clear();
            }
            else if (column is not null && c == '\\' && i + 1 < text.Length)
            {
                part.Append(text[++i]);
            }
            else if (column is not null && c == ';' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                fields[column] = part.ToString();
                part.Clear();
                column = null;
                i++;
            }
            else
            {
                part.Append(c);
            }
        }
        if (column is not null)
            fields[column] = part.ToString();
        return fields;
    }
}
