using System.Data.Common;
using System.Globalization;
using Lutetia.Domain;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lutetia.Storage.Backup;

/// <summary>
/// One column of a logical backup: its stored value read as the model's value (through the column's
/// value converter: a code, a decimal kept as text on SQLite) and written as invariant text that does
/// not depend on the database — ISO dates and times, decimals with their scale, enum names — then
/// read back and converted to what the target database stores. This is what lets a logical backup of
/// SQLite restore into PostgreSQL and back.
/// </summary>
internal sealed class ColumnCodec
{
    private readonly ValueConverter? _converter;
    private readonly Type _model;
    private readonly Type _provider;

    public ColumnCodec(IColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        Name = column.Name;
        Mapping = column.PropertyMappings[0].TypeMapping;
        _converter = Mapping.Converter;
        _model = Unwrap(_converter?.ModelClrType ?? Mapping.ClrType);
        _provider = Unwrap(_converter?.ProviderClrType ?? Mapping.ClrType);
        var storeType = column.StoreType;
        var facets = storeType.IndexOf('(', StringComparison.Ordinal);
        StoreTypeBase = facets < 0 ? storeType : storeType[..facets].Trim();
        IsUtcTimestamp = StoreTypeBase == "timestamp with time zone";
    }

    public string Name { get; }

    public RelationalTypeMapping Mapping { get; }

    /// <summary>The store type without facets (<c>character varying</c>, <c>numeric</c>): how PostgreSQL's COPY is told the type.</summary>
    public string StoreTypeBase { get; }

    private bool IsUtcTimestamp { get; }

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>The column's value in the current row as invariant text (the caller handles NULL).</summary>
    public string Read(DbDataReader reader, int ordinal)
    {
        var stored = ReadProvider(reader, ordinal);
        var value = _converter is null ? stored : _converter.ConvertFromProvider(stored)!;
        return Format(value);
    }

    /// <summary>The value to store for <paramref name="text"/> (null for NULL), as the target's provider type.</summary>
    public object? ToProvider(string? text)
    {
        if (text is null)
            return null;
        var value = Parse(text);
        return _converter is null ? value : _converter.ConvertToProvider(value);
    }

    private object ReadProvider(DbDataReader reader, int ordinal) => _provider switch
    {
        var t when t == typeof(string) => reader.GetString(ordinal),
        var t when t == typeof(bool) => reader.GetBoolean(ordinal),
        var t when t == typeof(short) => reader.GetInt16(ordinal),
        var t when t == typeof(int) => reader.GetInt32(ordinal),
        var t when t == typeof(long) => reader.GetInt64(ordinal),
        var t when t == typeof(decimal) => reader.GetDecimal(ordinal),
        var t when t == typeof(double) => reader.GetDouble(ordinal),
        var t when t == typeof(DateTime) => reader.GetDateTime(ordinal),
        var t when t == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(ordinal),
        var t when t == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(ordinal),
        var t when t == typeof(TimeOnly) => reader.GetFieldValue<TimeOnly>(ordinal),
        var t when t == typeof(Guid) => reader.GetGuid(ordinal),
        var t when t == typeof(byte[]) => reader.GetFieldValue<byte[]>(ordinal),
        _ => throw new NotSupportedException($"column {Name}: values of type {_provider.Name} are not part of a logical backup yet"),
    };

    private static string Format(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => IsoDate.Text(d),
        TimeOnly t => t.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private object Parse(string text) => _model switch
    {
        var t when t == typeof(string) => text,
        var t when t == typeof(bool) => text == "true",
        var t when t == typeof(short) => short.Parse(text, CultureInfo.InvariantCulture),
        var t when t == typeof(int) => int.Parse(text, CultureInfo.InvariantCulture),
        var t when t == typeof(long) => long.Parse(text, CultureInfo.InvariantCulture),
        var t when t == typeof(decimal) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
        var t when t == typeof(double) => double.Parse(text, CultureInfo.InvariantCulture),
        var t when t == typeof(DateTime) => DateTime.SpecifyKind(
            DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            IsUtcTimestamp ? DateTimeKind.Utc : DateTimeKind.Unspecified),
        var t when t == typeof(DateTimeOffset) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture),
        var t when t == typeof(DateOnly) => DateOnly.ParseExact(text, IsoDate.Pattern, CultureInfo.InvariantCulture),
        var t when t == typeof(TimeOnly) => TimeOnly.ParseExact(text, "HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        var t when t == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
        var t when t == typeof(byte[]) => Convert.FromBase64String(text),
        { IsEnum: true } t => Enum.Parse(t, text),
        _ => throw new NotSupportedException($"column {Name}: values of type {_model.Name} are not part of a logical backup yet"),
    };
}
