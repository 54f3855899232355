using OcopHub.Core.Gs1;

namespace OcopHub.Core.Tests.Gs1;

public class Gs1ApplicationIdentifierTests
{
    [Theory]
    [InlineData("01", "08934588012228", true)]
    [InlineData("01", "08934588012229", false)]
    [InlineData("01", "8934588012228", false)]   // AI 01 always carries 14 digits
    [InlineData("10", "ABC-123/4", true)]
    [InlineData("10", "abc_def.ghi", true)]
    [InlineData("10", "A#1", false)]              // '#' is not in CSET 82
    [InlineData("10", "A@1", false)]
    [InlineData("10", "Lô1", false)]
    [InlineData("21", "12345678901234567890", true)]
    [InlineData("21", "123456789012345678901", false)]
    [InlineData("22", "", false)]
    [InlineData("17", "261231", true)]
    [InlineData("17", "261200", true)]
    [InlineData("17", "261131", false)]
    [InlineData("17", "2612310", false)]
    [InlineData("11", "240229", true)]
    [InlineData("11", "250229", false)]
    [InlineData("15", "000229", true)]            // 2000 was a leap year
    [InlineData("3103", "001250", true)]
    [InlineData("3103", "1250", false)]
    [InlineData("3105", "00125A", false)]
    public void Validates_values_by_AI(string code, string value, bool valid)
    {
        var ai = Gs1ApplicationIdentifiers.Find(code);
        Assert.NotNull(ai);
        Assert.Equal(valid, ai.TryValidate(value, out var error));
        Assert.Equal(valid, error is null);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("3106")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_AIs_are_not_found(string? code) => Assert.Null(Gs1ApplicationIdentifiers.Find(code));

    [Fact]
    public void Cset82_has_exactly_82_characters()
    {
        var count = Enumerable.Range(0, 128).Count(c => Cset82.Contains((char)c));
        Assert.Equal(82, count);
        foreach (var c in "#$@[\\]^`{|}~ ") Assert.False(Cset82.Contains(c), c.ToString());
    }

    [Fact]
    public void Formats_dates_as_yymmdd() => Assert.Equal("270731", Gs1Date.Format(new DateOnly(2027, 7, 31)));
}
