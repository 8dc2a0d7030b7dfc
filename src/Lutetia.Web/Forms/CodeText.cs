using Lutetia.Domain;

namespace Lutetia.Web.Forms;

/// <summary>An enumeration as the pages show it: its cohort-format code (<c>small_intestine</c>), or as words (<c>small intestine</c>).</summary>
public static class CodeText
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Codes<TEnum>.ToCode(value);

    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum => Codes<TEnum>.ToCode(value).Replace('_', ' ');
}
