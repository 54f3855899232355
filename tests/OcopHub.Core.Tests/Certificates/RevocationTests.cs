using OcopHub.Core.Certificates;
using static OcopHub.Core.Tests.Calendar.TestCalendars;

namespace OcopHub.Core.Tests.Certificates;

public class RevocationTests
{
    [Fact]
    public void Six_grounds_with_their_letters()
    {
        Assert.Equal(["a", "b", "c", "d", "đ", "e"], Enum.GetValues<RevocationGround>().Select(g => g.Letter()));
        Assert.All(Enum.GetValues<RevocationGround>(), g => Assert.EndsWith(".", g.TextVi()));
        Assert.Equal(6, Enum.GetValues<RevocationGround>().Select(g => g.TextVi()).Distinct().Count());
        Assert.Equal("Chủ thể OCOP không còn hoạt động sản xuất sản phẩm OCOP.", RevocationGround.DD.TextVi());
        Assert.Equal("điểm đ khoản 1 Điều 8 Quyết định số 26/2026/QĐ-TTg", RevocationGround.DD.CitationVi());
    }

    [Fact]
    public void Ground_texts_are_those_of_the_decision()
    {
        var decision = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "qd-26-2026-article-8.txt"));
        var flat = string.Join(' ', decision.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        foreach (var g in Enum.GetValues<RevocationGround>())
            Assert.Contains($"{g.Letter()}) {g.TextVi()}", flat);
    }

    [Fact]
    public void Cessation_is_triggered_by_the_commune_everything_else_by_a_conclusion()
    {
        Assert.Equal(RevocationTrigger.CommuneConfirmationOfCessation, Revocation.TriggerOf(RevocationGround.DD));
        foreach (var g in Enum.GetValues<RevocationGround>().Where(g => g != RevocationGround.DD))
            Assert.Equal(RevocationTrigger.AuthorityConclusion, Revocation.TriggerOf(g));
        Assert.Throws<ArgumentOutOfRangeException>(() => Revocation.TriggerOf((RevocationGround)42));
    }

    [Theory]
    [InlineData(3, RevocationAuthority.ProvincialChairman)]
    [InlineData(4, RevocationAuthority.ProvincialChairman)]
    [InlineData(5, RevocationAuthority.Minister)]
    public void Authority_by_stars(int stars, RevocationAuthority expected) => Assert.Equal(expected, Revocation.AuthorityFor(stars));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(6)]
    public void No_authority_without_a_certificate(int stars) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Revocation.AuthorityFor(stars));

    [Fact]
    public void Authority_labels()
    {
        Assert.Equal("Chủ tịch UBND cấp tỉnh", RevocationAuthority.ProvincialChairman.Vi());
        Assert.Equal("Bộ trưởng Bộ Nông nghiệp và Môi trường", RevocationAuthority.Minister.Vi());
    }

    [Fact]
    public void Fifteen_calendar_days_from_the_conclusion()
    {
        Assert.Equal(D(2026, 11, 17), Revocation.Deadline(D(2026, 11, 2)));
        Assert.Equal(D(2026, 11, 17), Revocation.Deadline(D(2026, 11, 2), Vietnam));
        // Conclusion 2/2/2026 → 17/2/2026 (mùng 1 Tết) → the period ends Monday 23/2/2026.
        Assert.Equal(D(2026, 2, 17), Revocation.Deadline(D(2026, 2, 2)));
        Assert.Equal(D(2026, 2, 23), Revocation.Deadline(D(2026, 2, 2), Vietnam));
    }
}
