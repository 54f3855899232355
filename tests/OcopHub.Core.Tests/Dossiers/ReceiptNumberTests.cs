using OcopHub.Core.Dossiers;

namespace OcopHub.Core.Tests.Dossiers;

public class ReceiptNumberTests
{
    [Fact]
    public void Formats_canonically()
    {
        Assert.Equal("12/PĐK-01-00004-2026", new ReceiptNumber(12, "01", "00004", 2026).ToString());
        Assert.Equal("12-TN/PĐK-01-00004-2026", new ReceiptNumber(12, "01", "00004", 2026, "TN").ToString());
    }

    [Theory]
    [InlineData("12/PĐK-01-00004-2026", 12, null)]
    [InlineData("0012/PĐK-01-00004-2026", 12, null)]
    [InlineData("12 / PĐK - 01 - 00004 - 2026", 12, null)]   // as typed from the printed form
    [InlineData("12/pđk-01-00004-2026", 12, null)]
    [InlineData("12/PDK-01-00004-2026", 12, null)]           // without the stroke
    [InlineData("12-TN/PĐK-01-00004-2026", 12, "TN")]
    [InlineData("7-03 /PĐK- 01 - 00004 - 2026", 7, "03")]
    public void Parses_what_people_type(string text, int seq, string? suffix)
    {
        var r = ReceiptNumber.Parse(text);
        Assert.Equal(seq, r.Sequence);
        Assert.Equal(suffix, r.Suffix);
        Assert.Equal("01", r.ProvinceCode);
        Assert.Equal("00004", r.CommuneCode);
        Assert.Equal(2026, r.Year);
    }

    [Fact]
    public void Parses_decomposed_unicode()
    {
        // "Đ" has no decomposition, but lower-case text typed on some keyboards arrives in NFD; the marker must still match.
        var text = "5/PĐK-79-26734-2026".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(new ReceiptNumber(5, "79", "26734", 2026), ReceiptNumber.Parse(text));
    }

    [Fact]
    public void Round_trips()
    {
        var r = new ReceiptNumber(345, "79", "26734", 2027, "B2");
        Assert.Equal(r, ReceiptNumber.Parse(r.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("12/PĐK-1-00004-2026")]     // province code must be 2 digits
    [InlineData("12/PĐK-01-0004-2026")]     // commune code must be 5 digits
    [InlineData("12/PĐK-01-00004-26")]      // 4-digit year
    [InlineData("0/PĐK-01-00004-2026")]     // sequence starts at 1
    [InlineData("12/PDN-01-00004-2026")]
    [InlineData("12/PĐK-01-00004-2026-1")]
    [InlineData("12-/PĐK-01-00004-2026")]
    [InlineData("12/PĐK-01-00004-1999")]
    [InlineData("PĐK-01-00004-2026")]
    public void Rejects_malformed(string? text)
    {
        Assert.False(ReceiptNumber.TryParse(text, out _));
        Assert.Throws<FormatException>(() => ReceiptNumber.Parse(text ?? ""));
    }

    [Fact]
    public void Constructor_validates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReceiptNumber(0, "01", "00004", 2026));
        Assert.Throws<ArgumentException>(() => new ReceiptNumber(1, "1", "00004", 2026));
        Assert.Throws<ArgumentException>(() => new ReceiptNumber(1, "01", "4", 2026));
        Assert.Throws<ArgumentException>(() => new ReceiptNumber(1, "0A", "00004", 2026));
        Assert.Throws<ArgumentException>(() => new ReceiptNumber(1, "01", "00004", 2026, "a/b"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReceiptNumber(1, "01", "00004", 1999));
    }
}
