using OcopHub.Core.Gs1;

namespace OcopHub.Core.Tests.Gs1;

public class GlnSsccTests
{
    [Fact]
    public void Gln_parses_and_reads_its_prefix()
    {
        var gln = Gln.Parse("8931234000011");
        Assert.Equal("893", gln.Gs1Prefix);
        Assert.True(gln.IsVietnamese);
        Assert.False(Gln.Parse("0614141000012").IsVietnamese);
    }

    [Theory]
    [InlineData("8931234000012", "Số kiểm tra")]
    [InlineData("893123400001", "đúng 13 chữ số")]
    [InlineData("89312340000111", "đúng 13 chữ số")]
    [InlineData("893123400001X", "chỉ được gồm chữ số")]
    [InlineData("  ", "Chưa nhập")]
    public void Gln_rejects_bad_input(string text, string fragment)
    {
        Assert.False(Gln.TryParse(text, out var gln, out var error));
        Assert.Null(gln);
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void Gln_from_body() => Assert.Equal("8931234000011", Gln.FromBody("893123400001").Value);

    [Fact]
    public void Gln_from_body_rejects_13_digits() => Assert.Throws<FormatException>(() => Gln.FromBody("8931234000011"));

    [Fact]
    public void Sscc_parses_and_reads_extension_and_prefix()
    {
        var sscc = Sscc.Parse("106141412345678908");
        Assert.Equal(1, sscc.ExtensionDigit);
        Assert.Equal("061", sscc.Gs1Prefix);
        Assert.False(sscc.IsVietnamese);
        Assert.True(Sscc.FromBody("08931234000000001").IsVietnamese);
    }

    [Theory]
    [InlineData("106141412345678909", "Số kiểm tra")]
    [InlineData("10614141234567890", "đúng 18 chữ số")]
    [InlineData("(00)106141412345678908", "chỉ được gồm chữ số")]
    public void Sscc_rejects_bad_input(string text, string fragment)
    {
        Assert.False(Sscc.TryParse(text, out _, out var error));
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void Sscc_from_body() => Assert.Equal("893123400000000013", Sscc.FromBody("89312340000000001").Value);

    [Fact]
    public void Vietnam_prefix_is_893()
    {
        Assert.Equal("893", Gs1Prefix.Vietnam);
        Assert.True(Gs1Prefix.IsVietnam("893"));
        Assert.False(Gs1Prefix.IsVietnam("894"));
        Assert.False(Gs1Prefix.IsVietnam(null));
    }
}
