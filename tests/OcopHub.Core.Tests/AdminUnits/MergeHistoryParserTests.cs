using OcopHub.Core.AdminUnits;

namespace OcopHub.Core.Tests.AdminUnits;

public sealed class MergeHistoryParserTests
{
    static MergeText Parse(string text) => MergeHistoryParser.ParseBeforeMerge(text);

    static (string Type, string Name, MergeExtent Extent) Brief(MergePart p) => (p.Type, p.Name, p.Extent);

    [Fact]
    public void Csv_handles_quoted_fields_commas_doubled_quotes_and_crlf()
    {
        const string csv = "code,name,province_code,before_merge\r\n"
            + "31,Thành Phố Hải Phòng,,thành phố Hải Phòng và tỉnh Hải Dương\r\n"
            + "00004,Phường Ba Đình,01,\"Phường Quán Thánh, Phường Trúc Bạch\"\r\n"
            + "99999,Xã \"Thử\",02,\"dòng một\ndòng hai, \"\"trích\"\"\"\r\n";
        var rows = MergeHistoryParser.ParseCsv(csv);
        Assert.Equal(3, rows.Count);
        Assert.Equal(new MergeHistoryRow("31", "Thành Phố Hải Phòng", null, "thành phố Hải Phòng và tỉnh Hải Dương"), rows[0]);
        Assert.True(rows[0].IsProvince);
        Assert.Equal(new MergeHistoryRow("00004", "Phường Ba Đình", "01", "Phường Quán Thánh, Phường Trúc Bạch"), rows[1]);
        Assert.Equal("Xã \"Thử\"", rows[2].Name);
        Assert.Equal("dòng một\ndòng hai, \"trích\"", rows[2].BeforeMerge);
    }

    [Fact]
    public void The_real_file_has_34_province_rows_and_3321_commune_rows()
    {
        var csv = File.ReadAllText(Path.Combine(AdminUnitData.RepoRoot(), "data", "reference", "admin-units", "merge-history.csv"));
        var rows = MergeHistoryParser.ParseCsv(csv);
        Assert.Equal(3355, rows.Count);
        Assert.Equal(34, rows.Count(r => r.IsProvince));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.BeforeMerge)));
    }

    [Fact]
    public void Whole_units_in_a_plain_list()
    {
        var text = Parse("Thị trấn Tứ Kỳ, Xã Minh Đức, Xã Quang Khải và Xã Quang Phục");
        Assert.False(text.Unchanged);
        Assert.Equal(
            [("Thị trấn", "Tứ Kỳ", MergeExtent.Whole), ("Xã", "Minh Đức", MergeExtent.Whole),
             ("Xã", "Quang Khải", MergeExtent.Whole), ("Xã", "Quang Phục", MergeExtent.Whole)],
            text.Parts.Select(Brief));
        Assert.Empty(text.Unparsed);
    }

    [Theory]
    [InlineData("giữ nguyên")]
    [InlineData("Giữ nguyên")]
    [InlineData("giữ nguyên.")]
    public void Unchanged(string text)
    {
        var parsed = Parse(text);
        Assert.True(parsed.Unchanged);
        Assert.Empty(parsed.Parts);
    }

    [Fact]
    public void Remainder_in_parentheses_applies_to_that_item_only()
    {
        var text = Parse("Phường Dương Nội, Phường Phú La, Xã La Phù, Phường Đại Mỗ (phần còn lại sau khi sáp nhập vào phường Xuân Phương, phường Tây Mỗ), Phường La Khê");
        Assert.Equal(
            [("Phường", "Dương Nội", MergeExtent.Whole), ("Phường", "Phú La", MergeExtent.Whole), ("Xã", "La Phù", MergeExtent.Whole),
             ("Phường", "Đại Mỗ", MergeExtent.Remainder), ("Phường", "La Khê", MergeExtent.Whole)],
            text.Parts.Select(Brief));
    }

    [Fact]
    public void Partial_list_with_bare_names_takes_type_and_extent_from_its_head()
    {
        // Hà Nội's Phường Ba Đình, verbatim.
        var text = Parse("Phường Quán Thánh, Phường Trúc Bạch, một phần diện tích TN, quy mô dân số của các phường Cửa Nam, Điện Biên, "
            + "Đội Cấn, Kim Mã, Ngọc Hà, một phần diện tích TN của phường Thụy Khuê, phần còn lại của phường Cửa Đông, Đồng Xuân sau khi sắp Xếp");
        Assert.Equal(
            [("Phường", "Quán Thánh", MergeExtent.Whole), ("Phường", "Trúc Bạch", MergeExtent.Whole),
             ("Phường", "Cửa Nam", MergeExtent.Part), ("Phường", "Điện Biên", MergeExtent.Part), ("Phường", "Đội Cấn", MergeExtent.Part),
             ("Phường", "Kim Mã", MergeExtent.Part), ("Phường", "Ngọc Hà", MergeExtent.Part), ("Phường", "Thụy Khuê", MergeExtent.Part),
             ("Phường", "Cửa Đông", MergeExtent.Remainder), ("Phường", "Đồng Xuân", MergeExtent.Remainder)],
            text.Parts.Select(Brief));
        Assert.False(text.Parts[2].TypeInferred);
        Assert.True(text.Parts[3].TypeInferred);
        Assert.Empty(text.Unparsed);
    }

    [Fact]
    public void Part_of_the_land_with_all_the_people_is_still_a_part()
    {
        var text = Parse("Phường Minh Khai (quận Bắc Từ Liêm), một phần diện tích TN, toàn bố quy mô dân số của phường Phường Tây Tựu "
            + "và một phần diện tích TN của Xã Kim Chung (huyện Hoài Đức)");
        Assert.Equal(
            [("Phường", "Minh Khai", MergeExtent.Whole), ("Phường", "Tây Tựu", MergeExtent.Part), ("Xã", "Kim Chung", MergeExtent.Part)],
            text.Parts.Select(Brief));
        Assert.Equal(("Bắc Từ Liêm", "Quận"), (text.Parts[0].DistrictQualifier, text.Parts[0].DistrictQualifierType));
        Assert.Equal("Hoài Đức", text.Parts[2].DistrictQualifier);
    }

    [Fact]
    public void Whole_when_the_text_says_toan_bo()
    {
        var text = Parse("Toàn bộ  diện tích TN, quy mô dân số của các phường Phường Giảng Võ và Phường Cát Linh");
        Assert.Equal([("Phường", "Giảng Võ", MergeExtent.Whole), ("Phường", "Cát Linh", MergeExtent.Whole)], text.Parts.Select(Brief));
    }

    [Fact]
    public void Short_partial_markers_in_parentheses()
    {
        var text = Parse("Xã Khánh Bình Tây (bao gồm Hòn Đá Bạc), Xã Khánh Bình Tây Bắc, Xã Trần Hợi (một phần), Xã Đông Hưng (phần còn lại)");
        Assert.Equal(
            [("Xã", "Khánh Bình Tây", MergeExtent.Whole), ("Xã", "Khánh Bình Tây Bắc", MergeExtent.Whole),
             ("Xã", "Trần Hợi", MergeExtent.Part), ("Xã", "Đông Hưng", MergeExtent.Remainder)],
            text.Parts.Select(Brief));
    }

    [Fact]
    public void District_and_province_qualifiers()
    {
        var text = Parse("Thị trấn Châu Thành (huyện Châu Thành, tỉnh Trà Vinh), Xã Mỹ Chánh (huyện Châu Thành), Phường 16 (Quận 8), Phường 3 (thành phố Tây Ninh), Xã Thanh Bình (thị xã Sa Pa)");
        var p = text.Parts;
        Assert.Equal(("Thị trấn", "Châu Thành", "Châu Thành", "Huyện", "Trà Vinh"), (p[0].Type, p[0].Name, p[0].DistrictQualifier, p[0].DistrictQualifierType, p[0].ProvinceQualifier));
        Assert.Equal(("Mỹ Chánh", "Châu Thành", null), (p[1].Name, p[1].DistrictQualifier, p[1].ProvinceQualifier));
        Assert.Equal(("16", "8", "Quận"), (p[2].Name, p[2].DistrictQualifier, p[2].DistrictQualifierType));
        Assert.Equal(("3", "Tây Ninh", "Thành phố"), (p[3].Name, p[3].DistrictQualifier, p[3].DistrictQualifierType));
        Assert.Equal(("Sa Pa", "Thị xã"), (p[4].DistrictQualifier, p[4].DistrictQualifierType));
        Assert.All(p, x => Assert.Equal(MergeExtent.Whole, x.Extent));
    }

    [Fact]
    public void Doubled_types_and_names_and_boilerplate_are_cleaned()
    {
        var text = Parse("Xã Minh Ngọc, Xã Thượng Tân và một phần diện tích tự nhiên, quy mô dân số của xã Yên Định  Xã Yên Định");
        Assert.Equal(("Xã", "Yên Định", MergeExtent.Part), Brief(text.Parts[^1]));

        var rest = Parse("phần còn lại của xã  Xã Vầy Nưa sau khi sắp xếp theo quy định tại khoản 99 Điều này");
        Assert.Equal(("Xã", "Vầy Nưa", MergeExtent.Remainder), Brief(Assert.Single(rest.Parts)));

        var typo = Parse("Phường Lam Sơn, Xã Bảo Khê và phần còn lại củ Xã Ngọc Thanh");
        Assert.Equal(("Xã", "Ngọc Thanh", MergeExtent.Remainder), Brief(typo.Parts[^1]));
    }

    [Fact]
    public void Decomposed_unicode_is_read_like_composed()
    {
        var nfd = "Xã Tiền Phong và một phần diện tích tự nhiên, quy mô dân số của Xã Tân Hòa (huyện Vũ Thư)".Normalize(System.Text.NormalizationForm.FormD);
        var text = Parse(nfd);
        Assert.Equal([("Xã", "Tiền Phong", MergeExtent.Whole), ("Xã", "Tân Hòa", MergeExtent.Part)], text.Parts.Select(Brief));
        Assert.Equal("Vũ Thư", text.Parts[1].DistrictQualifier);
    }

    [Fact]
    public void Province_rows()
    {
        Assert.Equal(
            [("Thành phố", "Hồ Chí Minh", MergeExtent.Whole), ("Tỉnh", "Bà Rịa - Vũng Tàu", MergeExtent.Whole), ("Tỉnh", "Bình Dương", MergeExtent.Whole)],
            Parse("TPHCM, tỉnh Bà Rịa - Vũng Tàu và tỉnh Bình Dương").Parts.Select(Brief));

        var dongNai = Parse("tỉnh Bình Phước và tỉnh Đồng Nai. Từ ngày 30%/04%/2026, Tỉnh Đồng Nai mới (sau sáp nhập) chuyển thành Thành phố Đồng Nai và thêm 10 xã chuyển thành phường.");
        Assert.Equal([("Tỉnh", "Bình Phước", MergeExtent.Whole), ("Tỉnh", "Đồng Nai", MergeExtent.Whole)], dongNai.Parts.Select(Brief));
        Assert.StartsWith("Từ ngày", Assert.Single(dongNai.Unparsed));
    }

    [Fact]
    public void Villages_whole_districts_and_non_units()
    {
        Assert.Equal([("Thôn", "Mịch A", MergeExtent.Whole), ("Xã", "Thuận Hòa", MergeExtent.Whole)], Parse("Thôn Mịch A, Xã Thuận Hòa").Parts.Select(Brief));
        Assert.Equal(("Huyện", "Kiên Hải", MergeExtent.Whole), Brief(Assert.Single(Parse("Huyện Kiên Hải").Parts)));

        var alone = Assert.Single(Parse("Krông Na").Parts);   // Xã Buôn Đôn's whole text: a name without a type
        Assert.Equal(("", "Krông Na", true), (alone.Type, alone.Name, alone.TypeInferred));

        var kimDong = Parse("Xã Kim Trung, Xã Kim Đông và khu vực bãi bồi ven biển (do huyện Kim Sơn quản lý)");
        Assert.Equal(2, kimDong.Parts.Count);
        Assert.Equal("khu vực bãi bồi ven biển (do huyện Kim Sơn quản lý)", Assert.Single(kimDong.Unparsed));
    }
}
