namespace Lutetia.Intake;

/// <summary>
/// Reads the twelve tables of a cohort, in parallel when the source allows it (a folder of CSV
/// files: both cores busy). Each table collects its problems and rejected identifiers on
/// its own, and the caller appends them in the format's table order, so the problems, their order
/// and the cohort are the same as a table-by-table read.
/// </summary>
internal static class TableReads
{
    /// <summary>What reading one table left behind besides its rows.</summary>
    internal sealed class Part(string table, string location)
    {
        public string Table { get; } = table;
        public string Location { get; set; } = location;
        public ProblemList Problems { get; } = new();
        public RejectedRows Rejected { get; } = new();
    }

    /// <summary>Fills <paramref name="tables"/>; returns each table's part in the format's order.</summary>
    public static Part[] Run(ICohortSource source, ReadOptions options, Dictionary<string, string> present, CohortTables tables)
    {
        var parallel = source.ReadsConcurrently;
        var dates = new DateBounds(options.Today);
        var shared = new IdentifierPool();
        var parts = new Part[CohortFormat.Tables.Count];
        var done = 0;
        List<Parsed<T>> Table<T>(ITableCodec<T> codec)
        {
            var name = codec.Spec.Name;
            var part = parts[SlotOf(codec.Spec)] = new Part(name, source.LocationOf(name));
            List<Parsed<T>> rows = [];
            if (present.TryGetValue(name, out var actualName))
            {
                using var reader = source.Open(actualName, part.Problems);
                part.Location = reader.Location;
                // The pool is not thread-safe: a table read on its own thread has its own.
                rows = TableParser.Parse(reader, codec, part.Problems, parallel ? new IdentifierPool() : shared, dates, part.Rejected);
            }
            else if (codec.Spec.Required)
            {
                part.Rejected.AddTable(name);
            }
            options.Progress?.Report(new ReadProgress(name, Interlocked.Increment(ref done) / (CohortFormat.Tables.Count + 1.0)));
            return rows;
        }

        // Largest tables first, so that two threads finish together (the order of the parts is fixed by slot).
        ParallelWork.Invoke(parallel,
        [
            () => tables.Measurements = Table(new MeasurementsTable()),
            () => tables.Labs = Table(new LabsTable()),
            () => tables.Reads = Table(new ReadsTable()),
            () => tables.Lesions = Table(new LesionsTable()),
            () => tables.Symptoms = Table(new SymptomsTable()),
            () => tables.PrrtCycles = Table(new PrrtCyclesTable()),
            () => tables.MetastaticSites = Table(new MetastaticSitesTable()),
            () => tables.PriorTreatments = Table(new PriorTreatmentsTable()),
            () => tables.Patients = Table(new PatientsTable()),
            () => tables.Complications = Table(new ComplicationsTable()),
            () => tables.Progressions = Table(new ProgressionTable()),
            () => tables.Centers = Table(new CentersTable()),
        ]);
        return parts;
    }

    private static int SlotOf(TableSpec spec)
    {
        for (var slot = 0; slot < CohortFormat.Tables.Count; slot++)
        {
            if (ReferenceEquals(CohortFormat.Tables[slot], spec))
                return slot;
        }
        throw new ArgumentException($"{spec.Name} is not a table of the cohort format.", nameof(spec));
    }
}
