using Lutetia.Storage;

namespace Lutetia.Workflow.Patients;

/// <summary>One row a post changes: its key in the form, the row (stored, or new), the values posted by column, the columns that change, and whether it is deleted or added.</summary>
internal sealed record FormChange(string Key, CohortRow Row, object?[] Values, List<int> Changed, bool Deletes, bool Adds);
