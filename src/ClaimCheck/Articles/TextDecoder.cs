using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ClaimCheck.Articles;

/// <summary>Turns a file's bytes into text: strict UTF-8, or UTF-16 when a byte-order mark says so; refuses binary data.</summary>
/// <remarks>Thread-safe (no shared state). Errors name the byte offset and line so a user can find the bad spot.</remarks>
internal static class TextDecoder
{
    // How much of the file is sniffed for binary content.
    private const int SniffBytes = 8 * 1024;

    /// <summary>Decodes <paramref name="bytes"/>, dropping a byte-order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="source">The file name, for error messages.</param>
    /// <param name="notices">Receives notes about the encoding used, when it is not plain UTF-8.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArticleReadException">The bytes are binary or not valid in their encoding.</exception>
    public static string Decode(byte[] bytes, string source, List<string> notices)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            bool little = bytes[0] == 0xFF;
            notices.Add(little ? "decoded as UTF-16 LE (byte-order mark)" : "decoded as UTF-16 BE (byte-order mark)");
            return DecodeUtf16(bytes, little, source);
        }
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        CheckNotBinary(bytes, start, source);
        return DecodeUtf8(bytes, start, source);
    }

    private static void CheckNotBinary(byte[] bytes, int start, string source)
    {
        int end = Math.Min(bytes.Length, start + SniffBytes);
        int control = 0;
        for (int i = start; i < end; i++)
        {
            byte b = bytes[i];
            if (b == 0) throw new ArticleReadException(source, "binary file: NUL byte", $"byte {i}");
            if ((b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x0C) || b == 0x7F) control++;
        }
        // Text has almost no control characters; a tenth of them means an executable, an image or a zip.
        int sniffed = end - start;
        if (sniffed > 0 && control * 10 > sniffed)
            throw new ArticleReadException(source, $"binary file: {control} control bytes in the first {sniffed}", "byte " + start);
    }

    private static string DecodeUtf8(byte[] bytes, int start, string source)
    {
        var input = bytes.AsSpan(start);
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, input.Length));
        try
        {
            var status = Utf8.ToUtf16(input, buffer, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                int offset = start + read;
                throw new ArticleReadException(source, "invalid UTF-8", $"byte {offset}, line {LineOf(bytes, offset)}");
            }
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string DecodeUtf16(byte[] bytes, bool little, string source)
    {
        if (bytes.Length % 2 != 0)
            throw new ArticleReadException(source, "invalid UTF-16: odd number of bytes", $"byte {bytes.Length - 1}");
        var encoding = new UnicodeEncoding(bigEndian: !little, byteOrderMark: false, throwOnInvalidBytes: true);
        string text;
        try
        {
            text = encoding.GetString(bytes, 2, bytes.Length - 2);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleReadException(source, "invalid UTF-16", e.Index >= 0 ? $"byte {e.Index + 2}" : null, e);
        }
        int nul = text.IndexOf('\0');
        if (nul >= 0) throw new ArticleReadException(source, "binary file: NUL character", $"byte {2 + 2 * nul}");
        return text;
    }

    private static int LineOf(byte[] bytes, int offset)
    {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') line++;
        }
        return line;
    }
}
