namespace Lutetia.Workflow;

/// <summary>Why a use case did nothing: each kind is an expected outcome a page or command explains, never a bug.</summary>
public enum RefusalKind
{
    /// <summary>The account's role or centre does not allow the action (the permission matrix says no).</summary>
    Forbidden,

    /// <summary>The patient, record, query or read named does not exist (or is not visible to the account).</summary>
    NotFound,

    /// <summary>The patient's record is locked: nothing may change until the coordinator unlocks it.</summary>
    Locked,

    /// <summary>Someone else changed what the user was looking at; their change is kept and shown.</summary>
    Conflict,

    /// <summary>The input breaks a rule; <see cref="Refusal.Fields"/> names each field with its message.</summary>
    Invalid,
}
