using OcopHub.Core.AdminUnits;

namespace OcopHub.Core.Tests.AdminUnits;

[Collection(AdminUnitDataCollection.Name)]
public sealed class AdminUnitSourcesTests(AdminUnitData data)
{
    static int Count(IEnumerable<AdminUnit> units, AdminLevel level) => units.Count(u => u.Level == level);

    [Fact]
    public void The_2025_file_has_34_provinces_and_3321_communes()
    {
        Assert.Equal(34, Count(data.Units2025, AdminLevel.Province));
        Assert.Equal(3321, Count(data.Units2025, AdminLevel.Commune));
        Assert.Equal(0, Count(data.Units2025, AdminLevel.District));
        Assert.Equal(6 + 28, data.Units2025.Count(u => u.Level == AdminLevel.Province && u.Type is "Thành phố" or "Tỉnh"));
    }

    [Fact]
    public void The_pre_2025_file_has_63_provinces_696_districts_and_10047_communes()
    {
        Assert.Equal(63, Count(data.UnitsPre2025, AdminLevel.Province));
        Assert.Equal(696, Count(data.UnitsPre2025, AdminLevel.District));
        Assert.Equal(10047, Count(data.UnitsPre2025, AdminLevel.Commune));
    }

    [Fact]
    public void Types_are_the_registry_types()
    {
        Assert.Equal(["Phường", "Xã", "Đặc khu"], data.Units2025.Where(u => u.Level == AdminLevel.Commune).Select(u => u.Type).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["Thành phố", "Tỉnh"], data.Units2025.Where(u => u.Level == AdminLevel.Province).Select(u => u.Type).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["Thành phố", "Tỉnh"], data.UnitsPre2025.Where(u => u.Level == AdminLevel.Province).Select(u => u.Type).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["Huyện", "Quận", "Thành phố", "Thị xã"], data.UnitsPre2025.Where(u => u.Level == AdminLevel.District).Select(u => u.Type).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["Phường", "Thị trấn", "Xã"], data.UnitsPre2025.Where(u => u.Level == AdminLevel.Commune).Select(u => u.Type).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Periods_are_set_and_codes_repeat_across_them()
    {
        Assert.All(data.Units2025, u => Assert.Equal((new DateOnly(2025, 7, 1), (DateOnly?)null), (u.ValidFrom, u.ValidTo)));
        Assert.All(data.UnitsPre2025, u => Assert.Equal(new DateOnly(2025, 6, 30), u.ValidTo));

        // Ward 00004 is two different units: identity is (Code, ValidFrom).
        var before = data.UnitsPre2025.Single(u => u.Code == "00004");
        var after = data.Units2025.Single(u => u.Code == "00004");
        Assert.Equal("Phường Trúc Bạch", before.FullName);
        Assert.Equal("Phường Ba Đình", after.FullName);
        Assert.True(before.IsValidOn(new DateOnly(2025, 6, 30)) && !before.IsValidOn(new DateOnly(2025, 7, 1)));
        Assert.True(after.IsValidOn(new DateOnly(2025, 7, 1)) && !after.IsValidOn(new DateOnly(2025, 6, 30)));

        Assert.Equal(data.Units2025.Count, data.Units2025.Select(u => u.Code).Distinct().Count());
        Assert.Equal(data.UnitsPre2025.Count, data.UnitsPre2025.Select(u => u.Code).Distinct().Count());
    }

    [Fact]
    public void Units_have_names_parents_and_search_names()
    {
        var hanoi = data.Units2025.Single(u => u.Code == "01");
        Assert.Equal(("Hà Nội", "Thành phố Hà Nội", "Hanoi", "Thành phố", null), (hanoi.Name, hanoi.FullName, hanoi.NameEn, hanoi.Type, hanoi.ParentCode));
        var baDinh = data.Units2025.Single(u => u.Code == "00004");
        Assert.Equal(("Ba Đình", "Phường", "01", "01", "ba dinh"), (baDinh.Name, baDinh.Type, baDinh.ParentCode, baDinh.ProvinceCode, baDinh.SearchName));

        var trucBach = data.UnitsPre2025.Single(u => u.Code == "00004");
        Assert.Equal(("Trúc Bạch", "001", "01", null), (trucBach.Name, trucBach.ParentCode, trucBach.ProvinceCode, trucBach.NameEn));
        Assert.Equal("Quận Ba Đình", data.UnitsPre2025.Single(u => u.Code == "001").FullName);

        // The dump's quirks: "Thị Trấn" capitalised, "Phường Phường Đúc" doubled; the name is still bare.
        Assert.Equal("Đúc", data.UnitsPre2025.Single(u => u.Code == "19780").Name);
        Assert.DoesNotContain(data.UnitsPre2025, u => u.Name.StartsWith(u.Type + " ", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Parses_from_a_stream_too()
    {
        const string json = """[{"Code":"04","Name":"Cao Bằng","NameEn":"Cao Bang","FullName":"Tỉnh Cao Bằng","AdministrativeUnitShortName":"Tỉnh","Wards":[]}]""";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var unit = Assert.Single(AdminUnitSources.Parse2025(stream));
        Assert.Equal(("04", "cao bang", AdminLevel.Province), (unit.Code, unit.SearchName, unit.Level));
    }
}
