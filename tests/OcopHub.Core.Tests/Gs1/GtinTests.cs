using OcopHub.Core.Gs1;

namespace OcopHub.Core.Tests.Gs1;

public class GtinTests
{
    [Theory]
    [InlineData("96385074", GtinFormat.Gtin8, "00000096385074")]
    [InlineData("036000291452", GtinFormat.Gtin12, "00036000291452")]
    [InlineData("8934588012228", GtinFormat.Gtin13, "08934588012228")]
    [InlineData("09506000134352", GtinFormat.Gtin14, "09506000134352")]
    [InlineData(" 8934588012228 ", GtinFormat.Gtin13, "08934588012228")]
    public void Parses_every_length_and_pads_to_14(string text, GtinFormat format, string gtin14)
    {
        var gtin = Gtin.Parse(text);
        Assert.Equal(format, gtin.Format);
        Assert.Equal(gtin14, gtin.Gtin14);
        Assert.Equal(text.Trim(), gtin.Value);
    }

    [Theory]
    [InlineData("8934588012229", "Số kiểm tra")]
    [InlineData("893458801222", "Số kiểm tra")]        // 12 digits whose last digit is wrong for GTIN-12
    [InlineData("89345880122", "8, 12, 13 hoặc 14")]   // 11 digits
    [InlineData("893458801222812", "8, 12, 13 hoặc 14")]
    [InlineData("89345880122A8", "chữ số")]
    [InlineData("", "Chưa nhập")]
    [InlineData(null, "Chưa nhập")]
    public void Rejects_bad_input_with_a_Vietnamese_message(string? text, string fragment)
    {
        Assert.False(Gtin.TryParse(text, out var gtin, out var error));
        Assert.Null(gtin);
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void Wrong_check_digit_message_names_the_right_digit()
    {
        Gtin.TryParse("8934588012220", out _, out var error);
        Assert.Contains("phải là 8", error);
    }

    [Fact]
    public void Parse_throws_FormatException() => Assert.Throws<FormatException>(() => Gtin.Parse("123"));

    [Theory]
    [InlineData("8934588012228", true)]     // GTIN-13, prefix 893
    [InlineData("18934588012225", true)]    // GTIN-14: indicator 1, then 893
    [InlineData("08934588012228", true)]    // GTIN-13 written as 14 digits
    [InlineData("89350012", true)]          // GTIN-8 from GS1 Vietnam
    [InlineData("00000089350012", true)]    // that GTIN-8 written as 14 digits
    [InlineData("4006381333931", false)]    // Germany
    [InlineData("89234567", false)]
    [InlineData("8924588012223", false)]    // 892, not 893
    [InlineData("036000291452", false)]     // UPC: no three-digit prefix of its own
    [InlineData("00036000291452", false)]
    public void Detects_the_GS1_Vietnam_prefix(string text, bool vietnamese)
    {
        var body = text[..^1];
        var gtin = Gtin.Parse(Gs1CheckDigit.Append(body)); // fixtures carry the right check digit whatever was typed
        Assert.Equal(vietnamese, gtin.IsVietnamese);
    }

    [Fact]
    public void Gs1_prefix_of_a_gtin14_skips_the_indicator() =>
        Assert.Equal("893", Gtin.FromBody("1893458801222").Gs1Prefix);

    [Fact]
    public void Gtin12_has_no_three_digit_prefix() => Assert.Null(Gtin.Parse("036000291452").Gs1Prefix);

    [Theory]
    [InlineData("893458801222", "8934588012228")]
    [InlineData("9638507", "96385074")]
    [InlineData("03600029145", "036000291452")]
    [InlineData("0950600013435", "09506000134352")]
    public void FromBody_appends_the_check_digit(string body, string expected) => Assert.Equal(expected, Gtin.FromBody(body).Value);

    [Theory]
    [InlineData("8934588012")]
    [InlineData("89345880122288")]
    [InlineData("8934588O1222")]
    public void FromBody_rejects_wrong_lengths_and_letters(string body) => Assert.Throws<FormatException>(() => Gtin.FromBody(body));

    [Fact]
    public void Same_item_in_different_lengths()
    {
        Assert.True(Gtin.Parse("8934588012228").IsSameItemAs(Gtin.Parse("08934588012228")));
        Assert.False(Gtin.Parse("8934588012228").IsSameItemAs(Gtin.Parse("8935049500186")));
        Assert.NotEqual(Gtin.Parse("8934588012228"), Gtin.Parse("08934588012228")); // record equality is on the text as written
    }
}
