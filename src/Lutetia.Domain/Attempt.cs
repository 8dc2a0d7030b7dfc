namespace Lutetia.Domain;

/// <summary>
/// What a <c>Try…</c> entry point returns: the value it computed, or the <see cref="DataProblem"/>
/// saying why the data do not allow it. A refusal is an expected outcome, not an exception.
/// </summary>
public readonly record struct Attempt<T>
{
    private readonly T? _value;

    private Attempt(T? value, DataProblem? refusal)
    {
        _value = value;
        Problem = refusal;
    }

    /// <summary>Why there is no value; null when there is one.</summary>
    public DataProblem? Problem { get; }

    public bool Succeeded => Problem is null;

    /// <summary>The value; reading it from a refused attempt is a programmer error.</summary>
    public T Value => Problem is null ? _value! : throw new InvalidOperationException($"The attempt was refused: {Problem.Message}");

    public static Attempt<T> Of(T value) => new(value, null);

    public static Attempt<T> Refused(DataProblem refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new(default, refusal);
    }

    /// <summary>The value, or the refusal as the <see cref="ArgumentException"/> of the throwing entry points.</summary>
    public T OrThrow() => Problem is null ? _value! : throw Problem.ToException();

    /// <summary>The value through <paramref name="map"/>, or the same refusal.</summary>
    public Attempt<TResult> Map<TResult>(Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Problem is null ? Attempt<TResult>.Of(map(_value!)) : Attempt<TResult>.Refused(Problem);
    }

    /// <summary>The next attempt on the value, or the same refusal.</summary>
    public Attempt<TResult> Then<TResult>(Func<T, Attempt<TResult>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Problem is null ? next(_value!) : Attempt<TResult>.Refused(Problem);
    }

    public static implicit operator Attempt<T>(T value) => Of(value);

    public static implicit operator Attempt<T>(DataProblem refusal) => Refused(refusal);

    /// <summary>The named alternative of the conversion from a value (CA2225).</summary>
    public static Attempt<T> FromT(T value) => Of(value);

    /// <summary>The named alternative of the conversion from a refusal (CA2225).</summary>
    public static Attempt<T> FromProblem(DataProblem refusal) => Refused(refusal);
}
