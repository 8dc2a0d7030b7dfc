using System.Text;

namespace Lutetia.Domain;

/// <summary>The format's spelling of a C# name: <c>SmallIntestine</c> → <c>small_intestine</c>, <c>Ki67Percent</c> → <c>ki67_percent</c>.</summary>
public static class Naming
{
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                snake.Append('_');
            snake.Append(char.ToLowerInvariant(name[i]));
        }
        return snake.ToString();
    }
}
