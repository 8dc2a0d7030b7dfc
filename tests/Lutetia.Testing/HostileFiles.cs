using System.IO.Compression;
using System.Text;

namespace Lutetia.Intake.Tests;

/// <summary>
/// The files of the security review (docs/security.md, Input limits and output safety), built on disk by streaming so that the
/// test itself holds none of them in memory: a workbook whose shared strings expand, a zip bomb
/// (honest or lying in its headers), a CSV with one enormous line.
/// </summary>
public static class HostileFiles
{
    private const string SheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// The valid test workbook plus a shared-string table of <paramref name="count"/> strings of
    /// <paramref name="length"/> characters each: a few hundred kilobytes compressed.
    /// </summary>
    public static string SharedStringsBomb(TemporaryFolder folder, int count, int length)
    {
        var valid = ValidWorkbook(folder.File("valid.xlsx"));
        var path = folder.File("bomb.xlsx");
        using (var input = ZipFile.OpenRead(valid))
        using (var output = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in input.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                if (entry.FullName == "[Content_Types].xml")
                    text = text.Replace("</Types>", "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>", StringComparison.Ordinal);
                if (entry.FullName == "xl/_rels/workbook.xml.rels")
                    text = text.Replace("</Relationships>", "<Relationship Id=\"rIdBomb\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>", StringComparison.Ordinal);
                using var writer = new StreamWriter(output.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open());
                writer.Write(text);
            }
            using var sst = new StreamWriter(output.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            sst.Write($"<sst xmlns=\"{SheetNamespace}\" count=\"{count}\" uniqueCount=\"{count}\">");
            var item = "<si><t>" + new string('A', length) + "</t></si>";
            for (var i = 0; i < count; i++)
                sst.Write(item);
            sst.Write("</sst>");
        }
        File.Delete(valid);
        return path;
    }

    /// <summary>The valid test cohort as a workbook written by Lutetia, at <paramref name="path"/>.</summary>
    public static string ValidWorkbook(string path)
    {
        using var source = new TemporaryFolder();
        XlsxCohortWriter.Write(CohortReader.ReadValid(new TestCohort().WriteTo(source), TestCohort.Today), path);
        return path;
    }

    /// <summary>A .zip holding centers.csv of <paramref name="bytes"/> bytes (a header, then one row of zeros), highly compressible.</summary>
    public static string ZipBomb(TemporaryFolder folder, long bytes, string name = "bomb.zip")
    {
        var path = folder.File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var stream = zip.CreateEntry("centers.csv", CompressionLevel.Fastest).Open();
        var header = "center_id,name\nC1,"u8.ToArray();
        stream.Write(header);
        var zeros = new byte[1 << 20];
        zeros.AsSpan().Fill((byte)'0');
        for (var left = bytes - header.Length; left > 0; left -= zeros.Length)
            stream.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        return path;
    }

    /// <summary>
    /// <see cref="ZipBomb"/> whose local and central headers claim the entry is only
    /// <paramref name="claimed"/> bytes: a reader that trusts the headers writes the real size.
    /// </summary>
    public static string LyingZipBomb(TemporaryFolder folder, long bytes, int claimed)
    {
        var path = ZipBomb(folder, bytes, "lying.zip");
        var data = File.ReadAllBytes(path); // the compressed archive: a few hundred kilobytes
        for (var i = 0; i + 4 <= data.Length; i++)
        {
            var signature = BitConverter.ToUInt32(data, i);
            if (signature == 0x04034b50 && i + 26 <= data.Length)
                BitConverter.TryWriteBytes(data.AsSpan(i + 22, 4), claimed); // local header: uncompressed size
            else if (signature == 0x02014b50 && i + 28 <= data.Length)
                BitConverter.TryWriteBytes(data.AsSpan(i + 24, 4), claimed); // central directory: uncompressed size
        }
        File.WriteAllBytes(path, data);
        return path;
    }

    /// <summary>A cohort folder whose centers.csv has one line of <paramref name="bytes"/> bytes (the centre's name).</summary>
    public static string LongLineCohort(TemporaryFolder folder, long bytes)
    {
        var path = new TestCohort().WriteTo(folder);
        using var stream = new FileStream(Path.Combine(path, "centers.csv"), FileMode.Create);
        stream.Write("center_id,name\nC1,"u8);
        var letters = new byte[1 << 20];
        letters.AsSpan().Fill((byte)'a');
        for (var left = bytes; left > 0; left -= letters.Length)
            stream.Write(letters, 0, (int)Math.Min(left, letters.Length));
        stream.Write("\nC2,Two\n"u8);
        return path;
    }
}
