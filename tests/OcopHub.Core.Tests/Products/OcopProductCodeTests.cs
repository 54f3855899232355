using OcopHub.Core.Products;

namespace OcopHub.Core.Tests.Products;

// Unit codes are real: 01 Hà Nội / 00004 phường Ba Đình and 31 Hải Phòng / 10525 phường Hải Dương (QĐ 19/2025);
// historical 26 Vĩnh Phúc / 253 huyện Sông Lô / 08773 xã Lãng Công and 30 Hải Dương / 288 / 10507 (GSO registry, 2025-03).
public class OcopProductCodeTests
{
    [Fact]
    public void Creates_a_current_code()
    {
        var code = OcopProductCode.Create("01", "00004", 1, 2026);
        Assert.Equal("01-00004-1-2026", code.Value);
        Assert.Equal(OcopProductCodeShape.Current, code.Shape);
        Assert.Null(code.DistrictCode);
        Assert.Equal(1, code.Sequence);
    }

    [Fact]
    public void Creates_with_a_padded_sequence_when_asked() =>
        Assert.Equal("31-10525-007-2026", OcopProductCode.Create("31", "10525", 7, 2026, sequenceWidth: 3).Value);

    [Theory]
    [InlineData("1", "00004", 1, 2026, "Mã tỉnh")]
    [InlineData("001", "00004", 1, 2026, "Mã tỉnh")]
    [InlineData("00", "00004", 1, 2026, "Mã tỉnh")]
    [InlineData("0A", "00004", 1, 2026, "Mã tỉnh")]
    [InlineData("01", "0004", 1, 2026, "Mã xã")]
    [InlineData("01", "000040", 1, 2026, "Mã xã")]
    [InlineData("01", "00000", 1, 2026, "Mã xã")]
    [InlineData("01", "00004", 0, 2026, "STT")]
    [InlineData("01", "00004", -3, 2026, "STT")]
    [InlineData("01", "00004", 100000, 2026, "STT")]
    [InlineData("01", "00004", 1, 2024, "2025")]   // a commune-only code cannot predate the two-level government
    [InlineData("01", "00004", 1, 2100, "2099")]
    public void Create_rejects_each_bad_part(string province, string commune, int sequence, int year, string fragment)
    {
        var ex = Assert.Throws<ArgumentException>(() => OcopProductCode.Create(province, commune, sequence, year));
        Assert.Contains(fragment, ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Create_rejects_silly_widths(int width) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OcopProductCode.Create("01", "00004", 1, 2026, width));

    [Theory]
    [InlineData("01-00004-1-2026", "01-00004-1-2026")]
    [InlineData(" 01 - 00004 - 12 - 2026 ", "01-00004-12-2026")]
    [InlineData("31–10525–003–2025", "31-10525-003-2025")]   // en dashes, as pasted from a document
    [InlineData("31—10525—3—2027", "31-10525-3-2027")]
    public void Parses_current_codes(string text, string value)
    {
        var code = OcopProductCode.Parse(text);
        Assert.Equal(OcopProductCodeShape.Current, code.Shape);
        Assert.Equal(value, code.Value);
        Assert.Equal(text.Trim(), code.AsWritten);
    }

    [Fact]
    public void Parses_a_historical_code_with_its_district_and_keeps_it_as_written()
    {
        var code = OcopProductCode.Parse("26-253-08773-02-2023");
        Assert.Equal(OcopProductCodeShape.HistoricalWithDistrict, code.Shape);
        Assert.Equal("26", code.ProvinceCode);
        Assert.Equal("253", code.DistrictCode);
        Assert.Equal("08773", code.CommuneCode);
        Assert.Equal("02", code.SequenceText);
        Assert.Equal(2, code.Sequence);
        Assert.Equal(2023, code.Year);
        Assert.Equal("26-253-08773-02-2023", code.Value);
        Assert.Equal("26-253-08773-02-2023", code.AsWritten);
    }

    [Theory]
    [InlineData("30-288-10507-5-2018")]
    [InlineData("30-288-10507-5-2025")]   // first half of 2025, before districts went
    public void Historical_years_run_from_2018_to_2025(string text) => Assert.True(OcopProductCode.TryParse(text, out _, out _));

    [Theory]
    [InlineData("", "Chưa nhập")]
    [InlineData(null, "Chưa nhập")]
    [InlineData("01-00004-2026", "phải có dạng")]
    [InlineData("01-00004-1-2026-9-9", "phải có dạng")]
    [InlineData("0100004-1-2026", "phải có dạng")]
    [InlineData("01/00004/1/2026", "phải có dạng")]
    [InlineData("1-00004-1-2026", "Mã tỉnh")]
    [InlineData("HN-00004-1-2026", "Mã tỉnh")]
    [InlineData("01-4-1-2026", "Mã xã")]
    [InlineData("01-00004-0-2026", "STT")]
    [InlineData("01-00004-000-2026", "STT")]
    [InlineData("01-00004-A1-2026", "STT")]
    [InlineData("01-00004-123456-2026", "STT")]
    [InlineData("01-00004--2026", "STT")]
    [InlineData("01-00004-1-26", "4 chữ số")]
    [InlineData("01-00004-1-20x6", "4 chữ số")]
    [InlineData("01-00004-1-2024", "từ 2025")]
    [InlineData("01-00004-1-2100", "2099")]
    [InlineData("26-25-08773-2-2023", "Mã huyện")]
    [InlineData("26-000-08773-2-2023", "Mã huyện")]
    [InlineData("26-253-8773-2-2023", "Mã xã")]
    [InlineData("26-253-08773-2-2017", "từ 2018")]
    [InlineData("26-253-08773-2-2026", "đến 2025")]  // a district in 2026 cannot exist
    [InlineData("０１-00004-1-2026", "Mã tỉnh")]     // full-width digits
    public void Rejects_bad_codes_naming_the_wrong_part(string? text, string fragment)
    {
        Assert.False(OcopProductCode.TryParse(text, out var code, out var error));
        Assert.Null(code);
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_message()
    {
        var ex = Assert.Throws<FormatException>(() => OcopProductCode.Parse("01-00004-1"));
        Assert.Contains("Mã số sản phẩm OCOP", ex.Message);
    }

    [Fact]
    public void Equality_ignores_spacing_but_not_padding()
    {
        var a = OcopProductCode.Parse("01-00004-7-2026");
        Assert.Equal(a, OcopProductCode.Parse("01 - 00004 - 7 - 2026"));
        Assert.Equal(a.GetHashCode(), OcopProductCode.Parse("01 – 00004 – 7 – 2026").GetHashCode());
        var padded = OcopProductCode.Parse("01-00004-007-2026");
        Assert.NotEqual(a, padded);
        Assert.True(a.IsSameProductAs(padded));
        Assert.False(a.IsSameProductAs(OcopProductCode.Parse("01-00004-8-2026")));
        Assert.False(a.IsSameProductAs(OcopProductCode.Parse("01-00004-7-2027")));
    }

    [Fact]
    public void Round_trips_through_its_value()
    {
        var code = OcopProductCode.Create("31", "10525", 42, 2026);
        Assert.Equal(code, OcopProductCode.Parse(code.ToString()));
    }
}
