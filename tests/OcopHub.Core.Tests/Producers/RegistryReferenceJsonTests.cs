using OcopHub.Core.Producers;

namespace OcopHub.Core.Tests.Producers;

public class RegistryReferenceJsonTests
{
    private const string Head = """ "id": "legal-forms", "title": "T", "titleEn": "T", "source": "S" """;

    private static string LegalForms(string items) => "{" + Head + ", \"items\": [" + items + "] }";

    [Fact]
    public void Parses_a_minimal_list()
    {
        var list = RegistryReferenceJson.ParseLegalForms(LegalForms("""{ "code": "farm", "name": "Trang trại", "nameEn": "Farm", "tourismOnly": false }"""));
        Assert.Equal("legal-forms", list.Id);
        Assert.Equal(new LegalForm("farm", "Trang trại", "Farm", false), Assert.Single(list.Items));
    }

    [Theory]
    [InlineData("""{ "code": "Farm", "name": "x", "nameEn": "x", "tourismOnly": false }""", "chữ thường")]
    [InlineData("""{ "code": "trang trại", "name": "x", "nameEn": "x", "tourismOnly": false }""", "chữ thường")]
    [InlineData("""{ "code": "farm-", "name": "x", "nameEn": "x", "tourismOnly": false }""", "chữ thường")]
    [InlineData("""{ "name": "x", "nameEn": "x", "tourismOnly": false }""", "chữ thường")]
    [InlineData("""{ "code": "farm", "name": " ", "nameEn": "x", "tourismOnly": false }""", "tên tiếng Việt")]
    [InlineData("""{ "code": "farm", "name": "x", "tourismOnly": false }""", "tên tiếng Anh")]
    [InlineData("""{ "code": "farm", "name": "x", "nameEn": "x" }""", "tourismOnly")]
    [InlineData("""{ "code": "farm", "name": "x", "nameEn": "x", "tourismOnly": false }, { "code": "farm", "name": "y", "nameEn": "y", "tourismOnly": false }""", "trùng")]
    [InlineData("""{ "code": "farm", "name": "x", "nameEn": "x", "tourismOnly": false, "colour": "red" }""", "JSON không hợp lệ")]
    [InlineData("""{ "code": "farm", "name": "x", "nameEn": "x", "tourismOnly": "no" }""", "JSON không hợp lệ")]
    [InlineData("null", "mục rỗng")]
    [InlineData("", "không có mục nào")]
    public void Rejects_bad_items(string items, string fragment)
    {
        var ex = Assert.Throws<FormatException>(() => RegistryReferenceJson.ParseLegalForms(LegalForms(items)));
        Assert.Contains(fragment, ex.Message);
    }

    [Theory]
    [InlineData("""{ "id": "certification-kinds", "title": "T", "titleEn": "T", "source": "S", "items": [] }""", "cần \"legal-forms\"")]
    [InlineData("""{ "id": "legal-forms", "titleEn": "T", "source": "S", "items": [] }""", "thiếu \"title\"")]
    [InlineData("""{ "id": "legal-forms", "title": "T", "titleEn": "T", "items": [] }""", "source")]
    [InlineData("null", "tệp rỗng")]
    [InlineData("{ not json", "JSON không hợp lệ")]
    [InlineData("[]", "JSON không hợp lệ")]
    public void Rejects_bad_lists(string json, string fragment)
    {
        var ex = Assert.Throws<FormatException>(() => RegistryReferenceJson.ParseLegalForms(json));
        Assert.Contains(fragment, ex.Message);
    }

    [Fact]
    public void Certification_category_must_be_known()
    {
        const string json = """{ "id": "certification-kinds", "title": "T", "titleEn": "T", "source": "S", "items": [ { "code": "x", "name": "x", "nameEn": "x", "category": "misc" } ] }""";
        var ex = Assert.Throws<FormatException>(() => RegistryReferenceJson.ParseCertificationKinds(json));
        Assert.Contains("nhóm \"misc\"", ex.Message);
    }

    [Theory]
    [InlineData("""{ "code": "x", "name": "x", "nameEn": "x", "online": true }""", "modern")]
    [InlineData("""{ "code": "x", "name": "x", "nameEn": "x", "modern": true }""", "online")]
    public void Sales_channel_flags_are_required(string item, string fragment)
    {
        var json = """{ "id": "sales-channel-kinds", "title": "T", "titleEn": "T", "source": "S", "items": [ """ + item + "] }";
        var ex = Assert.Throws<FormatException>(() => RegistryReferenceJson.ParseSalesChannelKinds(json));
        Assert.Contains(fragment, ex.Message);
    }

    [Fact]
    public void Sales_channel_note_is_optional()
    {
        const string json = """{ "id": "sales-channel-kinds", "title": "T", "titleEn": "T", "source": "S", "items": [ { "code": "x", "name": "x", "nameEn": "x", "modern": true, "online": false } ] }""";
        Assert.Null(Assert.Single(RegistryReferenceJson.ParseSalesChannelKinds(json).Items).Note);
    }
}
