using OcopHub.Core.Gs1;

namespace OcopHub.Core.Tests.Gs1;

public class Gs1DigitalLinkTests
{
    private static readonly Gtin Item = Gtin.Parse("8934588012228");

    [Fact]
    public void Builds_the_canonical_uri_with_a_14_digit_gtin()
    {
        var link = Gs1DigitalLink.Create("truyxuat.ocop.vn", Item, lot: "L2026-07",
            dataAttributes: [new("17", "270731")]);
        Assert.Equal("https://truyxuat.ocop.vn/01/08934588012228/10/L2026-07?17=270731", link.ToUri());
        Assert.Equal("270731", link.Expiry);
    }

    [Fact]
    public void Qualifiers_are_written_in_the_fixed_order_22_10_21()
    {
        var link = Gs1DigitalLink.Create("id.example.vn", Item, serial: "S1", lot: "A1", consumerProductVariant: "2");
        Assert.Equal("https://id.example.vn/01/08934588012228/22/2/10/A1/21/S1", link.ToUri());
    }

    [Fact]
    public void Attributes_are_sorted_by_AI()
    {
        var link = Gs1DigitalLink.Create("id.example.vn", Item, serial: "7",
            dataAttributes: [new("17", "270731"), new("11", "260701"), new("3103", "000500")]);
        Assert.Equal("https://id.example.vn/01/08934588012228/21/7?11=260701&17=270731&3103=000500", link.ToUri());
    }

    [Fact]
    public void Values_outside_the_uri_safe_set_are_percent_encoded_and_round_trip()
    {
        // '/', '%', '?' and '&' are legal in a lot (CSET 82) but would break the URI if written raw.
        var link = Gs1DigitalLink.Create("id.example.vn", Item, lot: "A/B%1?&");
        Assert.Equal("https://id.example.vn/01/08934588012228/10/A%2FB%251%3F%26", link.ToUri());
        Assert.Equal("A/B%1?&", Gs1DigitalLink.Parse(link.ToUri()).Lot);
    }

    [Fact]
    public void A_space_is_not_a_lot_character() =>
        Assert.Throws<FormatException>(() => Gs1DigitalLink.Create("id.example.vn", Item, lot: "A B"));

    [Fact]
    public void Parses_a_full_link()
    {
        var link = Gs1DigitalLink.Parse("https://ID.Example.vn/01/08934588012228/22/V1/10/ABC123/21/0001?17=270700&linkType=gs1:pip&lang=vi");
        Assert.Equal("id.example.vn", link.Domain);
        Assert.Equal("8934588012228", link.Gtin.Value.TrimStart('0'));
        Assert.Equal("V1", link.ConsumerProductVariant);
        Assert.Equal("ABC123", link.Lot);
        Assert.Equal("0001", link.Serial);
        Assert.Equal("270700", link.Expiry);                // DD = 00: no day given
        Assert.Equal("gs1:pip", link.OtherParameters["linkType"]);
        Assert.Equal("vi", link.OtherParameters["lang"]);
        Assert.Equal("https://id.example.vn/01/08934588012228/22/V1/10/ABC123/21/0001?17=270700", link.ToUri());
    }

    [Theory]
    [InlineData("https://id.example.vn/01/8934588012228")]          // GTIN-13 in the path
    [InlineData("http://id.example.vn/01/08934588012228/")]          // http and a trailing slash
    [InlineData("https://id.example.vn/01/08934588012228#top")]      // fragment ignored
    public void Accepts_lenient_forms_and_canonicalises(string uri) =>
        Assert.Equal("https://id.example.vn/01/08934588012228", Gs1DigitalLink.Parse(uri).ToUri());

    [Fact]
    public void Keeps_a_path_prefix_before_the_primary_key()
    {
        var link = Gs1DigitalLink.Parse("https://example.vn/ocop/dl/01/08934588012228/21/X9");
        Assert.Equal("/ocop/dl", link.PathPrefix);
        Assert.Equal("https://example.vn/ocop/dl/01/08934588012228/21/X9", link.ToUri());
        Assert.Equal(link, Gs1DigitalLink.Create("example.vn", Item, serial: "X9", pathPrefix: "/ocop/dl/"));
    }

    [Fact]
    public void Product_level_drops_lot_serial_and_attributes()
    {
        var link = Gs1DigitalLink.Parse("https://id.example.vn/01/08934588012228/10/A1/21/S1?17=270731");
        Assert.Equal("https://id.example.vn/01/08934588012228", link.ProductLevel.ToUri());
    }

    [Fact]
    public void Ports_are_kept()
    {
        var link = Gs1DigitalLink.Parse("http://localhost:5080/01/08934588012228");
        Assert.Equal("https://localhost:5080/01/08934588012228", link.ToUri());
    }

    [Theory]
    [InlineData("https://id.example.vn/01/08934588012229", "Số kiểm tra")]
    [InlineData("https://id.example.vn/01/08934588012", "8, 12, 13 hoặc 14")]
    [InlineData("https://id.example.vn/10/ABC", "Không tìm thấy mã GTIN")]
    [InlineData("https://id.example.vn/01/08934588012228/10", "cặp /AI/giá trị")] // odd number of segments
    [InlineData("https://id.example.vn/01/08934588012228/21/S1/10/A1", "Sai thứ tự")]
    [InlineData("https://id.example.vn/01/08934588012228/10/A1/22/V", "Sai thứ tự")]
    [InlineData("https://id.example.vn/01/08934588012228/10/A1/10/A2", "hai lần")]
    [InlineData("https://id.example.vn/01/08934588012228/99/X", "không được hỗ trợ trong đường dẫn")]
    [InlineData("https://id.example.vn/01/08934588012228/17/270731", "phần truy vấn")]
    [InlineData("https://id.example.vn/01/08934588012228/10/ABCDEFGHIJKLMNOPQRSTU", "tối đa 20")]
    [InlineData("https://id.example.vn/01/08934588012228/10/L%C3%B4", "không thuộc bộ ký tự GS1")]  // "Lô": Vietnamese letters are not CSET 82
    [InlineData("https://id.example.vn/01/08934588012228/10/A%2", "Mã hoá phần trăm sai")]
    [InlineData("https://id.example.vn/01/08934588012228/10/", "cặp /AI/giá trị")]
    [InlineData("https://id.example.vn/01/08934588012228/10//21/S", "thiếu giá trị")]
    [InlineData("https://id.example.vn/01/08934588012228?17=271331", "YYMMDD")]     // month 13
    [InlineData("https://id.example.vn/01/08934588012228?17=270230", "YYMMDD")]     // 30 February
    [InlineData("https://id.example.vn/01/08934588012228?17=27073", "YYMMDD")]
    [InlineData("https://id.example.vn/01/08934588012228?17=270731&17=270801", "hai lần")]
    [InlineData("https://id.example.vn/01/08934588012228?10=A1", "thuộc đường dẫn")]
    [InlineData("https://id.example.vn/01/08934588012228?01=08934588012228", "thuộc đường dẫn")]
    [InlineData("https://id.example.vn/01/08934588012228?400=PO1", "không được hỗ trợ làm thuộc tính")]
    [InlineData("https://id.example.vn/01/08934588012228?3103=5", "đúng 6 chữ số")]
    [InlineData("ftp://id.example.vn/01/08934588012228", "https://")]
    [InlineData("id.example.vn/01/08934588012228", "https://")]
    [InlineData("https:///01/08934588012228", "Tên miền")]
    [InlineData("https://bad_host!/01/08934588012228", "Tên miền")]
    [InlineData("https://id.example.vn:99999/01/08934588012228", "Cổng")]
    [InlineData("", "https://")]
    [InlineData(null, "https://")]
    public void Rejects_malformed_links(string? uri, string fragment)
    {
        Assert.False(Gs1DigitalLink.TryParse(uri, out var link, out var error));
        Assert.Null(link);
        Assert.Contains(fragment, error);
    }

    [Theory]
    [InlineData("270229")]   // 2027 is not a leap year
    [InlineData("270732")]
    [InlineData("270031")]
    public void Create_rejects_bad_dates(string date) =>
        Assert.Throws<FormatException>(() => Gs1DigitalLink.Create("id.example.vn", Item, dataAttributes: [new("17", date)]));

    [Fact]
    public void Leap_day_is_accepted_in_a_leap_year() =>
        Assert.Equal("280229", Gs1DigitalLink.Create("id.example.vn", Item, dataAttributes: [new("17", "280229")]).Expiry);

    [Theory]
    [InlineData("")]
    [InlineData("https://id.example.vn")]
    [InlineData("id example.vn")]
    public void Create_rejects_bad_domains(string domain) =>
        Assert.Throws<FormatException>(() => Gs1DigitalLink.Create(domain, Item));

    [Theory]
    [InlineData("dl")]          // must start with '/'
    [InlineData("/a?b")]
    [InlineData("/x/01")]       // would be read back as a primary key
    public void Create_rejects_bad_prefixes(string prefix) =>
        Assert.Throws<FormatException>(() => Gs1DigitalLink.Create("id.example.vn", Item, pathPrefix: prefix));

    [Fact]
    public void Create_rejects_attributes_that_belong_in_the_path() =>
        Assert.Throws<FormatException>(() => Gs1DigitalLink.Create("id.example.vn", Item, dataAttributes: [new("10", "A1")]));

    [Fact]
    public void Round_trips_every_supported_qualifier_and_attribute()
    {
        var link = Gs1DigitalLink.Create("id.example.vn", Gtin.Parse("96385074"), "L-1", "S.2", "V_3",
            [new("11", "260101"), new("13", "260102"), new("15", "261200"), new("16", "261130"), new("17", "270101"), new("3100", "000001")]);
        var back = Gs1DigitalLink.Parse(link.ToUri());
        Assert.Equal(link, back);
        Assert.Equal(6, back.DataAttributes.Count);
        Assert.Equal("00000096385074", back.Gtin.Gtin14);
    }
}
