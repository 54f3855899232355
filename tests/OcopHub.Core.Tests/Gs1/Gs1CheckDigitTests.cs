using OcopHub.Core.Gs1;

namespace OcopHub.Core.Tests.Gs1;

public class Gs1CheckDigitTests
{
    // Published examples: EAN-13 4006381333931, UPC-A 036000291452, EAN-8 96385074, GS1's GTIN-14 09506000134352
    // and SSCC 106141412345678908, GLN 0614141000012; 8934588012228 and 8935049500186 are Vietnamese barcodes.
    [Theory]
    [InlineData("4006381333931")]
    [InlineData("036000291452")]
    [InlineData("96385074")]
    [InlineData("09506000134352")]
    [InlineData("106141412345678908")]
    [InlineData("0614141000012")]
    [InlineData("8934588012228")]
    [InlineData("8935049500186")]
    public void Valid_keys_pass(string key) => Assert.True(Gs1CheckDigit.IsValid(key));

    [Theory]
    [InlineData("4006381333932")]   // last digit off by one
    [InlineData("4006381333913")]   // two digits swapped (93 → 39... caught by weights 3/1)
    [InlineData("036000291450")]
    [InlineData("96385075")]
    [InlineData("0")]               // too short to carry a check digit
    [InlineData("")]
    [InlineData(null)]
    [InlineData("40063813339 1")]
    [InlineData("４００６３８１３３３９３１")] // full-width digits are not ASCII digits
    public void Invalid_keys_fail(string? key) => Assert.False(Gs1CheckDigit.IsValid(key));

    [Theory]
    [InlineData("400638133393", 1)]
    [InlineData("03600029145", 2)]
    [InlineData("9638507", 4)]
    [InlineData("893500123456", 2)]
    [InlineData("0000000", 0)]
    [InlineData("1", 7)]            // 1×3 = 3 → 7
    public void Compute_gives_the_mod10_digit(string body, int expected) => Assert.Equal(expected, Gs1CheckDigit.Compute(body));

    [Fact]
    public void Append_adds_the_check_digit() => Assert.Equal("8935001234562", Gs1CheckDigit.Append("893500123456"));

    [Theory]
    [InlineData("")]
    [InlineData("12a4")]
    [InlineData("-123")]
    public void Compute_rejects_non_digits(string body) => Assert.Throws<FormatException>(() => Gs1CheckDigit.Compute(body));

    [Fact]
    public void Every_single_digit_error_is_caught()
    {
        const string key = "8934588012228";
        for (var i = 0; i < key.Length; i++)
            for (var d = '0'; d <= '9'; d++)
            {
                if (d == key[i]) continue;
                var changed = key[..i] + d + key[(i + 1)..];
                Assert.False(Gs1CheckDigit.IsValid(changed), changed);
            }
    }
}
