namespace Lutetia.Domain;

/// <summary>
/// What a <c>Try…</c> entry point returns: the value it computed, or the <see cref="Refusal"/>
/// saying why the data do not allow it. A refusal is an expected outcome, not an exception.
/// </summary>
public readonly record struct Attempt<T>
{
    private readonly T? _value;

    private Attempt(T? value, Refusal? refusal)
    {
        _value = value;
        Refusal = refusal;
    }

    /// <summary>Why there is no value; null when there is one.</summary>
    public Refusal? Refusal { get; }

    public bool Succeeded => Refusal is null;

    /// <summary>The value; reading it from a refused attempt is a programmer error.</summary>
    public T Value => Refusal is null ? _value! : throw new InvalidOperationException($"The attempt was refused: {Refusal.Message}");

    public static Attempt<T> Of(T value) => new(value, null);

    public static Attempt<T> Refused(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new(default, refusal);
    }

    /// <summary>The value, or the refusal as the <see cref="ArgumentException"/> of the throwing entry points.</summary>
    public T OrThrow() => Refusal is null ? _value! : throw Refusal.ToException();

    /// <summary>The value through <paramref name="map"/>, or the same refusal.</summary>
    public Attempt<TResult> Map<TResult>(Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Refusal is null ? Attempt<TResult>.Of(map(_value!)) : Attempt<TResult>.Refused(Refusal);
    }

    /// <summary>The next attempt on the value, or the same refusal.</summary>
    public Attempt<TResult> Then<TResult>(Func<T, Attempt<TResult>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Refusal is null ? next(_value!) : Attempt<TResult>.Refused(Refusal);
    }

    public static implicit operator Attempt<T>(T value) => Of(value);

    public static implicit operator Attempt<T>(Refusal refusal) => Refused(refusal);

    /// <summary>The named alternative of the conversion from a value (CA2225).</summary>
    public static Attempt<T> FromT(T value) => Of(value);

    /// <summary>The named alternative of the conversion from a refusal (CA2225).</summary>
    public static Attempt<T> FromRefusal(Refusal refusal) => Refused(refusal);
}
