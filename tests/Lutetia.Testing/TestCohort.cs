using System.Text;

namespace Lutetia.Intake.Tests;

/// <summary>
/// A small, hand-made, valid cohort as CSV text, which a test breaks in exactly one place before
/// writing it to a temporary folder. Rows are numbered as the format numbers them: header = 1.
/// </summary>
public sealed class TestCohort
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    private readonly Dictionary<string, List<string[]>> _files = new()
    {
        ["centers"] = Rows(
            "center_id,name",
            "C1,Centre one",
            "C2,\"Centre two, Lyon\""),
        ["patients"] = Rows(
            "patient_id,center_id,sex,birth_date,diagnosis_date,primary_site,differentiation,who_grade,ki67_percent,ecog,carcinoid_syndrome,carcinoid_heart_disease,prior_prrt,mm_retractile,sma_stage,smv_proximal_infiltration,severe_mesenteric_fibrosis,mm_progression_before_prrt,prrt_stop_reason,prrt_stop_toxicity,last_news_date,death_date,death_cause",
            "P1,C1,female,1950-05-01,2015-01-10,ileum,well,g1,2.5,0,yes,no,no,yes,iiiup,yes,no,no,completed,,2020-06-30,,",
            "P2,C2,male,1948-02-11,2016-03-01,jejunum,well,g2,4,1,no,,no,yes,ii,no,no,yes,toxicity,cytopenia,2019-12-01,2019-12-01,net_not_mm"),
        ["metastatic_sites"] = Rows("patient_id,site", "P1,liver", "P2,bone"),
        ["prior_treatments"] = Rows("patient_id,treatment", "P1,somatostatin_analog", "P2,everolimus"),
        ["prrt_cycles"] = Rows(
            "patient_id,cycle,date,activity_gbq,dose",
            "P1,1,2016-01-05,7.4,full",
            "P1,2,2016-03-01,7.4,full",
            "P1,3,2016-04-26,7.4,full",
            "P1,4,2016-06-21,5.5,reduced",
            "P2,1,2017-02-01,7.4,full",
            "P2,2,2017-04-01,7.4,full"),
        ["lesions"] = Rows(
            "patient_id,lesion_id,site,mesenteric_mass,nodal,role",
            "P1,L1,mesentery,yes,yes,target",
            "P1,L2,liver,no,no,target",
            "P1,L3,bone,no,no,non_target",
            "P1,L4,liver,no,no,new",
            "P2,L1,mesentery,yes,yes,target"),
        ["reads"] = Rows(
            "read_id,patient_id,exam_date,modality,reader,liver_sul_mean,liver_sul_sd",
            "R1,P1,2015-12-15,ct,local,,",
            "R2,P1,2015-12-15,ct,central,,",
            "R3,P1,2016-09-20,ct,local,,",
            "R4,P1,2015-11-20,srs_111in,local,,",
            "R5,P1,2016-10-10,srs_111in,local,,",
            "R6,P2,2017-01-10,mri,local,,",
            "R7,P2,2017-07-01,pet_68ga,local,1.0,0.2"),
        ["measurements"] = Rows(
            "read_id,lesion_id,diameter_mm,too_small_to_measure,non_target_status,krenning,suv_max,sul_peak",
            "R1,L1,32,,,,,",
            "R1,L2,25.0,,,,,",
            "R1,L3,,,present,,,",
            "R2,L1,31,,,,,",
            "R3,L1,22,,,,,",
            "R3,L2,,yes,,,,",
            "R3,L3,,,present,,,",
            "R3,L4,12,,,,,",
            "R4,L1,,,,4,,",
            "R5,L1,,,,3,,",
            "R6,L1,25,,,,,",
            "R7,L1,,,,4,12.5,8"),
        ["symptoms"] = Rows(
            "patient_id,date,domain,symptom,intensity,episodes_per_week",
            "P1,2016-01-01,mm,abdominal_pain,6,",
            "P1,2016-01-01,mm,diarrhea,5,14",
            "P1,2016-08-01,mm,abdominal_pain,2,",
            "P1,2016-08-01,mm,diarrhea,0,0"),
        ["labs"] = Rows("patient_id,date,test,value,uln", "P1,2015-12-20,cga,450,100", "P1,2016-09-01,cga,150,100"),
        ["complications"] = Rows("patient_id,date,type,corticosteroids", "P1,2016-02-10,diarrhea,yes"),
        ["progression"] = Rows("patient_id,date,scope", "P2,2018-06-01,non_mm"),
    };

    private readonly Dictionary<string, byte[]> _raw = [];

    /// <summary>Sets one cell, addressed by row number (header = 1) and column name.</summary>
    public TestCohort Set(string file, int row, string column, string value)
    {
        var rows = _files[file];
        var index = Array.IndexOf(rows[0], column);
        if (index < 0)
            throw new ArgumentException($"{file} has no column {column}");
        rows[row - 1][index] = value;
        return this;
    }

    /// <summary>Appends a row; returns its row number.</summary>
    public int Add(string file, string line)
    {
        _files[file].Add(Split(line));
        return _files[file].Count;
    }

    public TestCohort RemoveRow(string file, int row)
    {
        _files[file].RemoveAt(row - 1);
        return this;
    }

    public TestCohort RemoveColumn(string file, string column)
    {
        var rows = _files[file];
        var index = Array.IndexOf(rows[0], column);
        for (var i = 0; i < rows.Count; i++)
            rows[i] = [.. rows[i].Take(index), .. rows[i].Skip(index + 1)];
        return this;
    }

    public TestCohort RenameColumn(string file, string column, string newName)
    {
        var header = _files[file][0];
        header[Array.IndexOf(header, column)] = newName;
        return this;
    }

    public TestCohort RemoveFile(string file)
    {
        _files.Remove(file);
        return this;
    }

    /// <summary>Replaces a file by raw bytes (for malformed-file tests).</summary>
    public TestCohort Raw(string fileName, byte[] content)
    {
        _raw[fileName] = content;
        return this;
    }

    public TestCohort Raw(string fileName, string content) => Raw(fileName, Encoding.UTF8.GetBytes(content));

    /// <summary>The CSV text of one file as this cohort would write it.</summary>
    public string Text(string file) => string.Concat(_files[file].Select(r => string.Join(",", r.Select(Quote)) + "\n"));

    public string WriteTo(TemporaryFolder folder)
    {
        foreach (var file in _files.Keys)
        {
            if (!_raw.ContainsKey(file + ".csv"))
                File.WriteAllText(Path.Combine(folder.Path, file + ".csv"), Text(file));
        }
        foreach (var (name, bytes) in _raw)
            File.WriteAllBytes(Path.Combine(folder.Path, name), bytes);
        return folder.Path;
    }

    public IntakeResult Read(TemporaryFolder folder) => CohortReader.Read(WriteTo(folder), new ReadOptions(Today));

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static List<string[]> Rows(params string[] lines) => [.. lines.Select(Split)];

    /// <summary>Splits a line of the literals above (quotes only around whole cells, no escaped quotes).</summary>
    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }
        cells.Add(current.ToString());
        return [.. cells];
    }
}
