namespace Lutetia.Reporting.Exports;

/// <summary>Which patient each row of a table belongs to: its patient_id, or for a measurement the patient of its read.</summary>
internal static class OdmSubjects
{
    /// <summary>The rows of each patient, in table order.</summary>
    /// <exception cref="ArgumentException">A row names a patient or read the export does not hold.</exception>
    public static Dictionary<string, List<int>> RowsByPatient(ExportDataset dataset, ExportTable table)
    {
        var patients = new HashSet<string>(StringComparer.Ordinal);
        var patientTable = dataset.Table("patients");
        var id = patientTable.IndexOf(OdmNames.PatientId);
        foreach (var row in patientTable.Rows)
            patients.Add(row[id]!);

        var patientColumn = table.IndexOf(OdmNames.PatientId);
        var readColumn = table.IndexOf(OdmNames.ReadId);
        var patientOfRead = patientColumn < 0 && readColumn >= 0 ? PatientOfRead(dataset) : null;
        if (patientColumn < 0 && patientOfRead is null)
            throw new ArgumentException($"{table.Name} has neither patient_id nor read_id: its rows cannot be placed under a subject", nameof(table));

        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r];
            string? patient;
            if (patientColumn >= 0)
                patient = cells[patientColumn];
            else if (!patientOfRead!.TryGetValue(cells[readColumn] ?? "", out patient))
                throw new ArgumentException($"{table.Name} row {r + 1}: read {cells[readColumn]} is not in reads", nameof(table));
            if (patient is null || !patients.Contains(patient))
                throw new ArgumentException($"{table.Name} row {r + 1}: patient {patient} is not in patients", nameof(table));
            if (!rows.TryGetValue(patient, out var list))
                rows[patient] = list = [];
            list.Add(r);
        }
        return rows;
    }

    private static Dictionary<string, string> PatientOfRead(ExportDataset dataset)
    {
        var reads = dataset.Table("reads");
        int read = reads.IndexOf(OdmNames.ReadId), patient = reads.IndexOf(OdmNames.PatientId);
        var map = new Dictionary<string, string>(reads.Rows.Count, StringComparer.Ordinal);
        foreach (var row in reads.Rows)
            map[row[read]!] = row[patient]!;
        return map;
    }
}
