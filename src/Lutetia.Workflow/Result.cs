namespace Lutetia.Workflow;

/// <summary>
/// The answer of a use case that returns nothing on success: done, or a <see cref="Refusal"/>.
/// <code>
/// var result = await useCase.RunAsync(actor, …, cancellation);
/// if (result.Refusal is { } refusal) ShowProblem(refusal.Sentence);
/// </code>
/// </summary>
public readonly record struct Result
{
    private Result(Refusal? refusal) => Refusal = refusal;

    /// <summary>Null when the use case did what was asked.</summary>
    public Refusal? Refusal { get; }

    public bool Succeeded => Refusal is null;

    public static Result Done { get; } = new(null);

    public static Result Refused(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new(refusal);
    }

    public static implicit operator Result(Refusal refusal) => Refused(refusal);

    public static Result FromRefusal(Refusal refusal) => Refused(refusal);

    public override string ToString() => Refusal?.ToString() ?? "done";
}

/// <summary>
/// The answer of a use case that returns a value: the value, or a <see cref="Refusal"/> (never both).
/// A method returning <c>Result&lt;T&gt;</c> may <c>return value;</c> or <c>return Refusal.NotFound(…);</c>.
/// </summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Refusal? refusal)
    {
        _value = value;
        Refusal = refusal;
    }

    /// <summary>Null when the use case succeeded.</summary>
    public Refusal? Refusal { get; }

    public bool Succeeded => Refusal is null;

    /// <summary>The value; reading it from a refused result is a bug.</summary>
    public T Value => Refusal is null
        ? _value!
        : throw new InvalidOperationException($"the use case was refused, there is no value: {Refusal}");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Refused(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new(default, refusal);
    }

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Refusal refusal) => Refused(refusal);

    public static Result<T> FromValue(T value) => Success(value);

    public static Result<T> FromRefusal(Refusal refusal) => Refused(refusal);

    /// <summary>Whether it succeeded, handing out the value.</summary>
    public bool TryGetValue(out T value)
    {
        value = _value!;
        return Refusal is null;
    }

    /// <summary>The same refusal, or the value mapped.</summary>
    public Result<TOther> Map<TOther>(Func<T, TOther> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Refusal is null ? map(_value!) : Refusal;
    }

    /// <summary>Forgets the value.</summary>
    public Result WithoutValue() => Refusal is null ? Result.Done : Result.Refused(Refusal);

    public override string ToString() => Refusal?.ToString() ?? $"success: {_value}";
}
