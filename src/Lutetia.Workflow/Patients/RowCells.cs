using System.Globalization;
using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// Between a stored row and the text of its cells, as the cohort format writes them (codes, ISO
/// dates, yes/no, invariant numbers). Every value typed in a form is checked first by the format's
/// own <see cref="FieldSpec.Check"/>, so a form and <c>lutetia validate</c> give the same message.
/// </summary>
public static class RowCells
{
    /// <summary>The stored property behind a column of the format (the storage names its columns like the format).</summary>
    public static IProperty Property(IEntityType entity, FieldSpec column)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(column);
        foreach (var property in entity.GetProperties())
        {
            if (property.GetColumnName() == column.Name)
                return property;
        }
        throw new InvalidOperationException($"table {entity.GetTableName()} has no column {column.Name}");
    }

    /// <summary>The cell text of one column of a row ("" when empty).</summary>
    public static string Text(IProperty property, CohortRow row)
    {
        ArgumentNullException.ThrowIfNull(property);
        return AuditValues.Format(property, property.PropertyInfo!.GetValue(row)) ?? "";
    }

    /// <summary>
    /// Checks and converts a typed value to the property's type. Returns the issue (the format's
    /// message and hint) when the value breaks the column's rule; an empty cell is null.
    /// </summary>
    public static FieldIssue? TryParse(IProperty property, FieldSpec column, string? text, out object? value)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(column);
        value = null;
        if (column.Check(text) is { } issue)
            return issue;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
            return null;
        if (property.GetValueConverter() is { } converter)
        {
            value = converter.ConvertFromProvider(trimmed);
            return null;
        }
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        value = type switch
        {
            _ when type == typeof(string) => trimmed,
            _ when type == typeof(DateOnly) => DateOnly.ParseExact(trimmed, IsoDate.Pattern, CultureInfo.InvariantCulture),
            _ when type == typeof(bool) => string.Equals(trimmed, "yes", StringComparison.OrdinalIgnoreCase),
            _ when type == typeof(int) => int.Parse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            _ when type == typeof(decimal) => decimal.Parse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"column {column.Name} has a type the forms do not know ({type.Name})"),
        };
        return null;
    }

    /// <summary>The message a form shows under a field: the format's message and how to fix it.</summary>
    public static string Message(FieldIssue issue) => $"{issue.Message}. Fix: {issue.Hint}";
}
