using OcopHub.Core.Certificates;

namespace OcopHub.Core.Tests.Certificates;

public class CertificateNumberTests
{
    [Fact]
    public void Formats()
    {
        Assert.Equal("015/2026/OCOP-01", new CertificateNumber(15, 2026, "01").ToString());
        Assert.Equal("1234/2026/OCOP-79", new CertificateNumber(1234, 2026, "79").ToString());
        Assert.Equal("003/2027/OCOP-TW", new CertificateNumber(3, 2027, CertificateNumber.CentralIssuer).ToString());
        Assert.True(new CertificateNumber(3, 2027, "TW").IsCentral);
    }

    [Theory]
    [InlineData("015/2026/OCOP-01", 15, 2026, "01")]
    [InlineData("15/2026/OCOP-01", 15, 2026, "01")]
    [InlineData(" 003/2027/ocop-tw ", 3, 2027, "TW")]
    public void Parses(string text, int seq, int year, string issuer)
    {
        var n = CertificateNumber.Parse(text);
        Assert.Equal((seq, year, issuer), (n.Sequence, n.Year, n.Issuer));
        Assert.Equal(n, CertificateNumber.Parse(n.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("015/2026/OCOP-1")]
    [InlineData("015/2026/OCOP-HN")]
    [InlineData("000/2026/OCOP-01")]
    [InlineData("015/26/OCOP-01")]
    [InlineData("015/2026/PĐK-01")]
    [InlineData("015/1999/OCOP-01")]
    public void Rejects(string? text)
    {
        Assert.False(CertificateNumber.TryParse(text, out _));
        Assert.Throws<FormatException>(() => CertificateNumber.Parse(text ?? ""));
    }

    [Fact]
    public void Constructor_validates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CertificateNumber(0, 2026, "01"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CertificateNumber(1, 1999, "01"));
        Assert.Throws<ArgumentException>(() => new CertificateNumber(1, 2026, "1"));
        Assert.Throws<ArgumentException>(() => new CertificateNumber(1, 2026, "tw"));
    }
}
