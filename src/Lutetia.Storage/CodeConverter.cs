using Lutetia.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lutetia.Storage;

/// <summary>Stores an enumeration as its cohort-format code (<c>small_intestine</c>), readable in SQL and stable if members are reordered.</summary>
public sealed class CodeConverter<TEnum>() : ValueConverter<TEnum, string>(v => Codes<TEnum>.ToCode(v), s => Parse(s))
    where TEnum : struct, Enum
{
    private static TEnum Parse(string code) =>
        Codes<TEnum>.TryParse(code, out var value)
            ? value
            : throw new InvalidDataException($"the database holds \"{code}\" where a {typeof(TEnum).Name} code is expected ({Codes<TEnum>.Listing()})");
}
