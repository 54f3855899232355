using OcopHub.Core.Producers;

namespace OcopHub.Core.Tests.Producers;

public class VietnamMobileNumberTests
{
    [Theory]
    [InlineData("0912345678")]
    [InlineData("0912 345 678")]
    [InlineData("0912.345.678")]
    [InlineData("091-234-5678")]
    [InlineData("+84912345678")]
    [InlineData("+84 912 345 678")]
    [InlineData("(+84) 912-345-678")]
    [InlineData("84912345678")]
    [InlineData("0084912345678")]
    [InlineData("+84 0912 345 678")]   // trunk 0 kept after the country code: a common slip
    [InlineData("840912345678")]
    public void Normalises_every_common_writing(string text)
    {
        var number = VietnamMobileNumber.Parse(text);
        Assert.Equal("0912345678", number.National);
        Assert.Equal("+84912345678", number.E164);
        Assert.Equal("0912 345 678", number.Display);
        Assert.Equal("VinaPhone", number.Carrier);
    }

    [Theory]
    [InlineData("0321234567", "Viettel")]
    [InlineData("0861234567", "Viettel")]
    [InlineData("0981234567", "Viettel")]
    [InlineData("0811234567", "VinaPhone")]
    [InlineData("0941234567", "VinaPhone")]
    [InlineData("0701234567", "MobiFone")]
    [InlineData("0901234567", "MobiFone")]
    [InlineData("0521234567", "Vietnamobile")]
    [InlineData("0921234567", "Vietnamobile")]
    [InlineData("0591234567", "Gmobile")]
    [InlineData("0991234567", "Gmobile")]
    [InlineData("0871234567", "Itelecom")]
    [InlineData("0551234567", "Mobicast")]
    public void Knows_the_carrier_of_each_prefix(string text, string carrier) =>
        Assert.Equal(carrier, VietnamMobileNumber.Parse(text).Carrier);

    [Fact]
    public void Default_table_has_the_current_blocks()
    {
        Assert.Equal(36, VietnamMobileNumber.DefaultPrefixes.Count); // 12 Viettel, 8 VinaPhone, 8 MobiFone, 4 Vietnamobile, 2 Gmobile, Itelecom, Mobicast
        Assert.All(VietnamMobileNumber.DefaultPrefixes.Keys, p => Assert.Matches("^0[3-9][0-9]$", p));
    }

    [Theory]
    [InlineData("0241234567", "Đầu số 024")]          // Hà Nội landline
    [InlineData("0281234567", "Đầu số 028")]
    [InlineData("0311234567", "Đầu số 031")]          // unassigned mobile-looking block
    [InlineData("0951234567", "Đầu số 095")]          // S-Fone's old block, closed
    [InlineData("01621234567", "đã được chuyển sang 10 chữ số")]
    [InlineData("+841621234567", "đã được chuyển sang 10 chữ số")]
    [InlineData("091234567", "đang có 9")]
    [InlineData("09123456789", "đang có 11")]
    [InlineData("912345678", "bắt đầu bằng 0")]
    [InlineData("+85512345678", "mã quốc gia +84")]
    [InlineData("0912a45678", "ký tự không hợp lệ \"a\"")]
    [InlineData("09+12345678", "ký tự không hợp lệ \"+\"")]
    [InlineData("++84912345678", "ký tự không hợp lệ \"+\"")]
    [InlineData("", "Chưa nhập")]
    [InlineData(null, "Chưa nhập")]
    public void Rejects_with_a_reason(string? text, string fragment)
    {
        Assert.False(VietnamMobileNumber.TryParse(text, out var number, out var error));
        Assert.Null(number);
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void A_custom_prefix_table_replaces_the_default()
    {
        var table = new Dictionary<string, string> { ["095"] = "Test" };
        Assert.Equal("Test", VietnamMobileNumber.Parse("0951234567", table).Carrier);
        Assert.False(VietnamMobileNumber.IsValid("0912345678", table));
    }

    [Fact]
    public void Parse_throws_FormatException() => Assert.Throws<FormatException>(() => VietnamMobileNumber.Parse("123"));

    [Fact]
    public void Equal_whatever_the_input_formatting() =>
        Assert.Equal(VietnamMobileNumber.Parse("+84 912 345 678"), VietnamMobileNumber.Parse("0912345678"));
}
