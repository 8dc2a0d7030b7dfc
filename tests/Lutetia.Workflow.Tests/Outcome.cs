namespace Lutetia.Workflow.Tests;

/// <summary>What a test expects of a use case's answer: its value, or a refusal of one kind.</summary>
internal static class Outcome
{
    /// <summary>The value; fails with the refusal when the use case refused.</summary>
    public static async Task<T> Done<T>(Task<Result<T>> running)
    {
        var result = await running;
        Assert.True(result.Succeeded, $"the use case was refused: {result}");
        return result.Value;
    }

    /// <summary>The refusal, which must be of <paramref name="kind"/>.</summary>
    public static async Task<Refusal> Refused<T>(RefusalKind kind, Task<Result<T>> running)
    {
        var result = await running;
        Assert.False(result.Succeeded, $"expected a {kind} refusal, the use case succeeded: {result}");
        Assert.Equal(kind, result.Refusal!.Kind);
        return result.Refusal;
    }
}
