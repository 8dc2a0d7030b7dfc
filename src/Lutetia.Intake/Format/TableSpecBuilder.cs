using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>Declares the columns of one table in order, giving each its position.</summary>
internal sealed class TableSpecBuilder(string name)
{
    private readonly List<FieldSpec> _columns = [];

    public FieldSpec Id(string column, bool required = true) => Add(column, FieldKind.Identifier, required);

    /// <summary>A free-text column of at most <paramref name="maximumLength"/> characters (its database column's length).</summary>
    public FieldSpec Text(string column, int maximumLength, bool required = true) =>
        Replace(Add(column, FieldKind.Text, required) with { MaximumLength = maximumLength });

    public FieldSpec Date(string column, bool required = true) => Add(column, FieldKind.Date, required);

    public FieldSpec Boolean(string column, bool required = false) => Add(column, FieldKind.Boolean, required);

    public FieldSpec Code<TEnum>(string column, bool required = true) where TEnum : struct, Enum =>
        Replace(Add(column, FieldKind.Enumeration, required) with { Codes = Codes<TEnum>.All });

    public FieldSpec Integer(string column, int min, int? max, bool required = false) =>
        Replace(Add(column, FieldKind.Integer, required) with { Minimum = min, Maximum = max });

    public FieldSpec Decimal(string column, decimal min, decimal? max = null, bool minExclusive = false, bool required = false) =>
        Replace(Add(column, FieldKind.Decimal, required) with { Minimum = min, Maximum = max, MinimumExclusive = minExclusive });

    public TableSpec Build(bool required, bool needsRows = false) =>
        new() { Name = name, Required = required, NeedsRows = needsRows, Columns = [.. _columns] };

    private FieldSpec Add(string column, FieldKind kind, bool required)
    {
        var spec = new FieldSpec { Name = column, Kind = kind, Required = required, Index = _columns.Count };
        _columns.Add(spec);
        return spec;
    }

    private FieldSpec Replace(FieldSpec spec)
    {
        _columns[spec.Index] = spec;
        return spec;
    }
}
