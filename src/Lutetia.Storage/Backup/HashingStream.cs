using System.Security.Cryptography;

namespace Lutetia.Storage.Backup;

/// <summary>
/// Passes what is written on to <paramref name="inner"/> and adds it to <paramref name="hash"/> (both
/// owned by the caller, left open: a writer that disposes this stream when done does not end them).
/// </summary>
internal sealed class HashingStream(Stream inner, IncrementalHash hash) : Stream
{
    private readonly IncrementalHash _hash = hash;

    public long Bytes { get; private set; }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        Bytes += buffer.Length;
        inner.Write(buffer);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Bytes;
    public override long Position { get => Bytes; set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
