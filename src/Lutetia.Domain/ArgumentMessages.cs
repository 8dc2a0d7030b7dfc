namespace Lutetia.Domain;

/// <summary>
/// The libraries refuse bad data with an ArgumentException whose message is written for the user;
/// .NET appends " (Parameter 'name')" to it, which a user should not see.
/// </summary>
public static class ArgumentMessages
{
    /// <summary>The message as the library wrote it, without the parameter suffix.</summary>
    public static string Plain(this ArgumentException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
        return suffix is not null && e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }
}
