namespace Lutetia.Workflow;

/// <summary>
/// What a use case answers instead of doing what was asked: the kind, one sentence for the user
/// (what, where, how to fix) and, when the input was invalid, the problem of each field.
/// Refusals are values; exceptions are for bugs.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Message, IReadOnlyList<FieldProblem> Fields)
{
    /// <summary>A <see cref="RefusalKind.Conflict"/> because the new row's key was taken by another save a moment before.</summary>
    public bool KeyTaken { get; init; }

    /// <summary>What the other saved, field by field, when someone else changed the rows meanwhile.</summary>
    public IReadOnlyList<Lutetia.Storage.ConcurrencyConflict> Conflicts { get; init; } = [];

    public static Refusal Forbidden(string message) => new(RefusalKind.Forbidden, message, []);

    public static Refusal NotFound(string message) => new(RefusalKind.NotFound, message, []);

    public static Refusal Locked(string message) => new(RefusalKind.Locked, message, []);

    public static Refusal Conflict(string message) => new(RefusalKind.Conflict, message, []);

    public static Refusal Invalid(string message, params IReadOnlyList<FieldProblem> fields) => new(RefusalKind.Invalid, message, fields);

    /// <summary>A core library's <see cref="Lutetia.Domain.DataProblem"/> (from a <c>Try…</c> entry point) as a use case's refusal: invalid, on the argument it names.</summary>
    public static Refusal Invalid(Lutetia.Domain.DataProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Invalid(problem.Message, new FieldProblem(problem.Argument ?? "", problem.Message));
    }

    /// <summary>The message as a sentence: a capital first letter and a full stop, as pages show it.</summary>
    public string Sentence => Message.Length == 0
        ? Message
        : char.ToUpperInvariant(Message[0]) + Message[1..] + (Message.EndsWith('.') ? "" : ".");

    public override string ToString() => $"{Kind}: {Message}";
}
