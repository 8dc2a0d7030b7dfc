using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lutetia.Storage;

/// <summary>
/// SQLite keeps decimals as text; its provider would write 3 as "3.0" and 1.50 as "1.5". This
/// writes the invariant text of the value itself, so the scale the data manager typed (and the
/// exported CSV) survives a round trip exactly.
/// </summary>
public sealed class DecimalTextConverter() : ValueConverter<decimal, string>(
    v => v.ToString(CultureInfo.InvariantCulture),
    s => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture));
