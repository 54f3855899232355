using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace OcopHub.Web.Tests.Infrastructure;

/// <summary>The streams of a PDF as text, for assertions without external tools.</summary>
public static class PdfStreams
{
    /// <summary>Every stream in the file, inflated when it is Flate-encoded (Skia compresses content and CMaps), else as stored.</summary>
    public static List<string> Inflated(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        var result = new List<string>();
        foreach (Match m in Regex.Matches(raw, @"stream\r?\n"))
        {
            var start = m.Index + m.Length;
            var end = raw.IndexOf("endstream", start, StringComparison.Ordinal);
            if (end < 0) continue;
            try
            {
                using var z = new ZLibStream(new MemoryStream(pdf, start, end - start), CompressionMode.Decompress);
                using var output = new MemoryStream();
                z.CopyTo(output);
                result.Add(Encoding.Latin1.GetString(output.ToArray()));
            }
            catch (InvalidDataException) { result.Add(raw[start..end]); }
        }
        return result;
    }
}
