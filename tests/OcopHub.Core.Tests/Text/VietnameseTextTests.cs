using OcopHub.Core.Text;

namespace OcopHub.Core.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Bí xanh thơm Ba Bể", "bi xanh thom ba be")]
    [InlineData("Đồng Tháp", "dong thap")]
    [InlineData("đường", "duong")]
    [InlineData("ĐẮK LẮK", "dak lak")]
    [InlineData("Hòa Bình", "hoa binh")]
    [InlineData("Hoà Bình", "hoa binh")]   // old-style tone placement folds the same
    [InlineData("Hải Dương", "hai duong")]
    [InlineData("Bắc Kạn", "bac kan")]
    public void Folds_place_and_product_names(string text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));

    [Theory]
    [InlineData("a á à ả ã ạ", "a a a a a a")]
    [InlineData("ă ắ ằ ẳ ẵ ặ", "a a a a a a")]
    [InlineData("â ấ ầ ẩ ẫ ậ", "a a a a a a")]
    [InlineData("e é è ẻ ẽ ẹ ê ế ề ể ễ ệ", "e e e e e e e e e e e e")]
    [InlineData("i í ì ỉ ĩ ị", "i i i i i i")]
    [InlineData("o ó ò ỏ õ ọ ô ố ồ ổ ỗ ộ ơ ớ ờ ở ỡ ợ", "o o o o o o o o o o o o o o o o o o")]
    [InlineData("u ú ù ủ ũ ụ ư ứ ừ ử ữ ự", "u u u u u u u u u u u u")]
    [InlineData("y ý ỳ ỷ ỹ ỵ", "y y y y y y")]
    [InlineData("Ơ Ư Ổ Ự Ỹ", "o u o u y")]
    public void Removes_every_tone_and_vowel_mark(string text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));

    [Theory]
    [InlineData("đ", "d")]
    [InlineData("Đ", "d")]
    [InlineData("ĐđĐ", "ddd")]
    public void Folds_d_with_stroke(string text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));

    [Fact]
    public void Combining_and_precomposed_forms_fold_alike()
    {
        const string precomposed = "Phú Thọ";                       // NFC: ú U+00FA, ọ U+1ECD
        var combining = "Phu\u0301 Tho\u0323";                      // NFD: u + U+0301, o + U+0323
        Assert.NotEqual(precomposed, combining);
        Assert.Equal("phu tho", VietnameseText.Fold(precomposed));
        Assert.Equal("phu tho", VietnameseText.Fold(combining));
        Assert.Equal("phu tho", VietnameseText.Fold(precomposed.Normalize(System.Text.NormalizationForm.FormD)));
        Assert.Equal("thuong", VietnameseText.Fold("thu\u031Bo\u031Bng"));  // horn as a combining mark
    }

    [Theory]
    [InlineData("  Ba   Bể  ", "ba be")]
    [InlineData("Ba\tBể\nBắc\r\nKạn", "ba be bac kan")]
    [InlineData("Ba\u00A0Bể", "ba be")]          // no-break space, common in pasted text
    [InlineData("Ba \u3000 Bể", "ba be")]        // ideographic space
    [InlineData(" \t\n ", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Collapses_and_trims_white_space(string? text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));

    [Theory]
    [InlineData("OCOP 5★", "ocop 5★")]
    [InlineData("Mã 01-00004-1-2026", "ma 01-00004-1-2026")]
    [InlineData("HTX Nông nghiệp (Ba Bể)", "htx nong nghiep (ba be)")]
    public void Keeps_digits_and_punctuation(string text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));

    [Fact]
    public void Folding_is_idempotent()
    {
        var once = VietnameseText.Fold("  Sản phẩm OCOP  Đặc sản ");
        Assert.Equal(once, VietnameseText.Fold(once));
    }

    [Theory]
    [InlineData("ÐỒNG THÁP", "dong thap")]   // U+00D0 (Eth), which legacy encodings and fonts use for Đ
    [InlineData("ðồng", "dong")]
    public void Folds_the_eth_lookalike_of_d_with_stroke(string text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));
}
