using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lutetia.Storage;

/// <summary>One change a save makes, before it becomes an <see cref="AuditEntry"/>.</summary>
internal sealed record AuditChange(
    EntityEntry Entry,
    AuditAction Action,
    string Entity,
    string Key,
    string? Patient,
    string Field,
    string? OldValue,
    string? NewValue);
