namespace Lutetia.Storage;

/// <summary>What an audit entry records: a row inserted, a field updated, a row deleted.</summary>
public enum AuditAction
{
    Insert,
    Update,
    Delete,
}
