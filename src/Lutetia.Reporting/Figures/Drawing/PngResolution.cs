using System.Buffers.Binary;

namespace Lutetia.Reporting.Figures.Drawing;

/// <summary>
/// Adds a pHYs chunk (PNG specification §11.3.5.3) after IHDR, so a 300 dpi figure opens at its
/// print size in layout software; SkiaSharp's encoder does not write one.
/// </summary>
internal static class PngResolution
{
    private const int SignatureLength = 8;
    private const int IhdrChunkLength = 4 + 4 + 13 + 4;

    public static byte[] Insert(byte[] png, int dpi)
    {
        var ihdrEnd = SignatureLength + IhdrChunkLength;
        if (png.Length < ihdrEnd || png[12] != (byte)'I' || png[13] != (byte)'H')
            throw new InvalidOperationException("The encoder did not produce a PNG with a leading IHDR chunk.");
        var pixelsPerMetre = (uint)Math.Round(dpi / 0.0254);
        Span<byte> chunk = stackalloc byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk[4..]);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[8..], pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[12..], pixelsPerMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk[17..], Crc32(chunk[4..17]));

        var result = new byte[png.Length + chunk.Length];
        png.AsSpan(0, ihdrEnd).CopyTo(result);
        chunk.CopyTo(result.AsSpan(ihdrEnd));
        png.AsSpan(ihdrEnd).CopyTo(result.AsSpan(ihdrEnd + chunk.Length));
        return result;
    }

    /// <summary>CRC-32 as PNG defines it (ISO 3309, polynomial 0xEDB88320, PNG §5.5).</summary>
    internal static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }
}
