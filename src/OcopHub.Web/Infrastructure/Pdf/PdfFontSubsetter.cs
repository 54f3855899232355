using System.Buffers.Binary;

namespace OcopHub.Web.Infrastructure.Pdf;

/// <summary>
/// Shrinks a TrueType font to the glyphs a document uses. The SkiaSharp native build has no font
/// subsetter, so without this every PDF would embed both DejaVu faces whole (≈ 750 KB).
/// Glyph ids are kept as they are (unused glyphs become empty outlines) so that ids Skia takes
/// from the font stay valid and the ToUnicode mapping it writes remains correct. OpenType layout
/// tables are dropped because Skia draws without shaping, and the glyph-name table is reduced to
/// version 3 (no names), which viewers do not need.
/// </summary>
internal static class PdfFontSubsetter
{
    private static readonly HashSet<string> DroppedTables = ["GSUB", "GPOS", "GDEF", "kern", "hdmx", "LTSH", "VDMX", "FFTM", "MATH", "DSIG"];

    public static byte[] Subset(byte[] font, IEnumerable<ushort> glyphIds)
    {
        var tables = ReadTables(font);
        var head = tables["head"].ToArray();
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].Span[4..]);
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var loca = tables["loca"];
        var glyf = tables["glyf"].Span;

        int Offset(int gid) => longLoca
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.Span[(gid * 4)..])
            : BinaryPrimitives.ReadUInt16BigEndian(loca.Span[(gid * 2)..]) * 2;

        // .notdef must stay; composite glyphs (e.g. some accented letters) pull in their components.
        var keep = new HashSet<int>();
        var pending = new Stack<int>(glyphIds.Select(g => (int)g).Where(g => g < numGlyphs).Append(0));
        while (pending.Count > 0)
        {
            var gid = pending.Pop();
            if (!keep.Add(gid)) continue;
            var start = Offset(gid);
            var end = Offset(gid + 1);
            if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0) continue;
            var p = start + 10;
            while (true)
            {
                var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[p..]);
                var component = BinaryPrimitives.ReadUInt16BigEndian(glyf[(p + 2)..]);
                if (component < numGlyphs && !keep.Contains(component)) pending.Push(component);
                p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                if ((flags & 0x0008) != 0) p += 2;
                else if ((flags & 0x0040) != 0) p += 4;
                else if ((flags & 0x0080) != 0) p += 8;
                if ((flags & 0x0020) == 0) break;
            }
        }

        // New glyf/loca (long format) with empty entries for dropped glyphs.
        using var newGlyf = new MemoryStream();
        var newLoca = new byte[(numGlyphs + 1) * 4];
        for (var gid = 0; gid < numGlyphs; gid++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(gid * 4), (uint)newGlyf.Length);
            if (!keep.Contains(gid)) continue;
            newGlyf.Write(glyf[Offset(gid)..Offset(gid + 1)]);
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(numGlyphs * 4), (uint)newGlyf.Length);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, recomputed below

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, data) in tables)
        {
            if (DroppedTables.Contains(tag)) continue;
            output[tag] = tag switch
            {
                "glyf" => newGlyf.ToArray(),
                "loca" => newLoca,
                "head" => head,
                "post" => PostVersion3(data.Span),
                _ => data.ToArray(),
            };
        }
        return Write(output);
    }

    private static byte[] PostVersion3(ReadOnlySpan<byte> post)
    {
        var result = post[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(result, 0x00030000);
        return result;
    }

    private static Dictionary<string, ReadOnlyMemory<byte>> ReadTables(byte[] font)
    {
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version != 0x00010000 && version != 0x74727565) throw new NotSupportedException("Only TrueType-outline fonts can be subset.");
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var rec = font.AsSpan(12 + i * 16, 16);
            var tag = System.Text.Encoding.ASCII.GetString(rec[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[12..]);
            tables[tag] = font.AsMemory(offset, length);
        }
        foreach (var required in new[] { "head", "maxp", "loca", "glyf" })
            if (!tables.ContainsKey(required)) throw new NotSupportedException($"Font has no {required} table.");
        return tables;
    }

    /// <summary>Writes an sfnt with tables in tag order, 4-byte aligned, with checksums and the head adjustment.</summary>
    private static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var n = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(n));
        var searchRange = (1 << entrySelector) * 16;
        var headerSize = 12 + n * 16;
        var total = headerSize + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var result = new byte[total];
        var span = result.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)n);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(n * 16 - searchRange));
        var offset = headerSize;
        var i = 0;
        var headOffset = -1;
        foreach (var (tag, data) in tables)
        {
            var rec = span.Slice(12 + i * 16, 16);
            System.Text.Encoding.ASCII.GetBytes(tag, rec);
            BinaryPrimitives.WriteUInt32BigEndian(rec[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(rec[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(rec[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            if (tag == "head") headOffset = offset;
            offset += (data.Length + 3) & ~3;
            i++;
        }
        if (headOffset >= 0)
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(result)));
        return result;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            tail.Clear();
            data[i..].CopyTo(tail);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(tail));
        }
        return sum;
    }
}
