using OcopHub.Core.Producers;

namespace OcopHub.Core.Tests.Producers;

/// <summary>The shipped data files: they parse, and they hold what the law and the brief name.</summary>
public class RegistryReferenceDataTests
{
    private static readonly ReferenceList<LegalForm> LegalForms = RegistryReferenceJson.ParseLegalForms(RepoFiles.Registry("legal-forms.json"));
    private static readonly ReferenceList<CertificationKind> Certifications = RegistryReferenceJson.ParseCertificationKinds(RepoFiles.Registry("certification-kinds.json"));
    private static readonly ReferenceList<SalesChannelKind> Channels = RegistryReferenceJson.ParseSalesChannelKinds(RepoFiles.Registry("sales-channel-kinds.json"));

    [Theory]
    [InlineData("cooperative", "Hợp tác xã", false)]
    [InlineData("cooperative-group", "Tổ hợp tác", false)]
    [InlineData("sme", "Doanh nghiệp nhỏ và vừa", false)]
    [InlineData("farm", "Trang trại", false)]
    [InlineData("production-household", "Hộ sản xuất", false)]
    [InlineData("registered-household-business", "Hộ gia đình có đăng ký kinh doanh", false)]
    [InlineData("association", "Hội, hiệp hội", true)]
    [InlineData("operating-centre", "Trung tâm điều hành", true)]
    [InlineData("equivalent-organisation", "Tổ chức tương đương", true)]
    public void Legal_forms_of_26_2026_article_2(string code, string name, bool tourismOnly)
    {
        var form = LegalForms.Get(code);
        Assert.Equal(name, form.Name);
        Assert.Equal(tourismOnly, form.TourismOnly);
        Assert.False(string.IsNullOrWhiteSpace(form.NameEn));
    }

    [Fact]
    public void Legal_forms_list_is_exactly_the_nine_of_the_decision() => Assert.Equal(9, LegalForms.Items.Count);

    [Theory]
    [InlineData("vietgap", "good-practice")]
    [InlineData("globalgap", "good-practice")]
    [InlineData("gacp-who", "good-practice")]
    [InlineData("organic-vn", "organic")]
    [InlineData("organic-international", "organic")]
    [InlineData("iso-9001", "management-system")]
    [InlineData("iso-22000", "management-system")]
    [InlineData("haccp", "management-system")]
    [InlineData("fssc-22000", "management-system")]
    [InlineData("brcgs", "management-system")]
    [InlineData("halal", "market")]
    [InlineData("food-safety-facility", "permit")]
    public void Certification_kinds_named_in_the_brief_and_the_sheets(string code, string category) =>
        Assert.Equal(category, Certifications.Get(code).Category);

    [Theory]
    [InlineData("supermarket", true, false)]
    [InlineData("convenience-store", true, false)]
    [InlineData("ecommerce-platform", true, true)]
    [InlineData("social-livestream", true, true)]
    [InlineData("ocop-shop", false, false)]
    [InlineData("distribution-agent", false, false)]
    public void Sales_channels_with_their_modern_and_online_flags(string code, bool modern, bool online)
    {
        var channel = Channels.Get(code);
        Assert.Equal(modern, channel.Modern);
        Assert.Equal(online, channel.Online);
    }

    [Fact]
    public void Every_list_says_where_it_comes_from()
    {
        Assert.Contains("26/2026", LegalForms.Source);
        Assert.Contains("26/2026", Certifications.Source);
        Assert.Contains("162/KH-UBND", Channels.Source);
    }

    [Fact]
    public void Names_are_Vietnamese_in_NFC()
    {
        // Precomposed text (NFC) so that equality and search behave; a decomposed name would not match user input.
        IEnumerable<IReferenceItem> all = [.. LegalForms.Items, .. Certifications.Items, .. Channels.Items];
        foreach (var item in all)
            Assert.True(item.Name.IsNormalized(System.Text.NormalizationForm.FormC), item.Code);
    }

    [Fact]
    public void Unknown_codes_are_not_found()
    {
        Assert.Null(LegalForms.Find("company"));
        Assert.False(Channels.Contains("Supermarket"));   // codes are case-sensitive
        Assert.False(Certifications.Contains(null));
        var ex = Assert.Throws<KeyNotFoundException>(() => LegalForms.Get("company"));
        Assert.Contains("Loại hình chủ thể OCOP", ex.Message);
    }
}
