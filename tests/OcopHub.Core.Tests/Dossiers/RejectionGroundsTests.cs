using OcopHub.Core.Criteria;
using OcopHub.Core.Dossiers;
using OcopHub.Core.Tests.Criteria;

namespace OcopHub.Core.Tests.Dossiers;

/// <summary>Phụ lục II "Hồ sơ bị loại khi" and the criteria's knock-out notes as grounds for rejecting a dossier.</summary>
public class RejectionGroundsTests
{
    private static ScoreSheet Sheet(int set) => RulebookFiles.Load("26-2026").FindSheet(set)!;

    [Fact]
    public void Set_1_grounds_are_its_printed_disqualifiers_and_a_knock_out()
    {
        var grounds = RejectionGrounds.For(Sheet(1));
        Assert.Equal(["forged-dossier", "facility-certificate", "registration-dossier", RejectionGrounds.KnockOut], grounds.Select(g => g.Code));
        Assert.Equal("Giả mạo hồ sơ", grounds[0].TextVi);
        // Printed in lower case after "Hồ sơ bị loại khi:"; shown as a sentence.
        Assert.StartsWith("Không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", grounds[1].TextVi);
        Assert.True(grounds[^1].NeedsCriterion);
        Assert.All(grounds.SkipLast(1), g => Assert.False(g.NeedsCriterion));
    }

    [Fact]
    public void Sets_with_a_licence_or_product_declaration_offer_them()
    {
        var codes = RulebookFiles.Load("26-2026").Sheets.SelectMany(s => RejectionGrounds.For(s)).Select(g => g.Code).ToHashSet();
        Assert.Contains("production-licence", codes);
        Assert.Contains("product-declaration", codes);
        Assert.All(RulebookFiles.Load("26-2026").Sheets, s => Assert.Contains(RejectionGrounds.For(s), g => g.Code == "forged-dossier"));
    }

    [Fact]
    public void Knock_out_criteria_of_set_8_carry_the_printed_notes()
    {
        var criteria = RejectionGrounds.KnockOutCriteria(Sheet(8));
        Assert.Equal(["1.1", "2.1", "6.1"], criteria.Select(c => c.Code));
        Assert.Contains("Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu", criteria[0].Condition);
    }

    [Fact]
    public void Sheets_without_data_fall_back_to_the_common_text()
    {
        Assert.Equal(RejectionGrounds.Common, RejectionGrounds.For(null));
        var empty = new ScoreSheet(99, [], [], []);
        Assert.Equal(RejectionGrounds.Common.Select(g => g.Code), RejectionGrounds.For(empty).Select(g => g.Code));
    }

    [Fact]
    public void Resolving_a_choice()
    {
        var (g, c, error) = RejectionGrounds.Resolve(Sheet(1), " Forged-Dossier ", null);
        Assert.Equal("forged-dossier", g!.Code);
        Assert.Null(c);
        Assert.Null(error);

        (g, c, error) = RejectionGrounds.Resolve(Sheet(1), "knock-out", "6.1");
        Assert.Equal(RejectionGrounds.KnockOut, g!.Code);
        Assert.Equal("6.1", c!.Code);
        Assert.Null(error);

        (g, _, error) = RejectionGrounds.Resolve(Sheet(1), "knock-out", "1.1");   // set 1's 1.1 has no knock-out
        Assert.Null(g);
        Assert.Contains("2.1, 6.1", error);

        (g, _, error) = RejectionGrounds.Resolve(Sheet(1), "not-compliant", null);
        Assert.Null(g);
        Assert.StartsWith("Vui lòng chọn căn cứ loại hồ sơ theo Phụ lục II", error);
        Assert.NotNull(RejectionGrounds.Resolve(Sheet(1), null, null).Error);
    }

    [Fact]
    public void A_knock_out_option_counts_as_a_knock_out_criterion()
    {
        var option = new CriterionOption("1.1.a", "a", "Toàn bộ nguyên liệu nhập khẩu", 0m, null, true, "Bị loại: nguyên liệu nhập khẩu");
        var criterion = new Criterion("1.1", "Nguồn nguyên liệu", 3m, CriterionKind.SingleChoice, [option], false, null, null, []);
        var sheet = new ScoreSheet(98, [new SheetPart("A", "Phần A", 3m, [new CriteriaGroup(1, "Nhóm", 3m, [criterion])])], [], []);
        var ko = Assert.Single(RejectionGrounds.KnockOutCriteria(sheet));
        Assert.Equal("Bị loại: nguyên liệu nhập khẩu", ko.Condition);
        Assert.Contains(RejectionGrounds.For(sheet), g => g.Code == RejectionGrounds.KnockOut);
    }
}
