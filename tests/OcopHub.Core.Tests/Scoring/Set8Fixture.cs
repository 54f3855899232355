using OcopHub.Core.Criteria;
using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>
/// A realistic sheet shaped like set 8 of QĐ 26/2026 Phụ lục II ("Chế biến từ thịt, thủy sản, trứng, sữa …"):
/// parts A/B/C = 40/25/35, the printed options, points and star marks; knock-outs on 1.1, 2.1 and 6.1 as extra
/// options "d"/"e"; "none" where the printed sheet has no 0-point box.
/// </summary>
internal static class Set8Fixture
{
    public const int SetNo = 8;
    public const string Forged = "gia-mao";
    public const string FoodSafety = "attp";
    public const string Registration = "ho-so-dang-ky";

    public static Rulebook Rulebook { get; } = Build();

    public static Rulebook Build(string id = "26-2026-test") => new TestRulebookBuilder(id).Sheet(SetNo, s => s
        .Disqualifier(Forged, "Giả mạo hồ sơ")
        .Disqualifier(FoodSafety, "Không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
        .Disqualifier(Registration, "Không đáp ứng về Hồ sơ đăng ký theo quy định")
        .Part("A", "Sản phẩm và sức mạnh của cộng đồng")
        .Group(1, "Tổ chức sản xuất")
        .Criterion("1.1", "Nguồn nguyên liệu", new("a", 1, 3), new("b", 2), new("c", 3),
            new("d", 0, KnockOut: "Sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc"))
        .Criterion("1.2", "Vùng nguyên liệu được cấp chứng nhận chất lượng", new("a", 0), new("b", 1), new("c", 2))
        .CriterionNone("1.3", "Gia tăng giá trị", new("a", 1), new("b", 2), new("c", 3))
        .CriterionNone("1.4", "Năng lực sản xuất", new("a", 1), new("b", 2), new("c", 3))
        .Criterion("1.5", "Liên kết chuỗi trong sản xuất", new("a", 0), new("b", 1), new("c", 2, 4), new("d", 3, 5))
        .CriterionNone("1.6", "Bảo vệ môi trường trong quá trình sản xuất", new("a", 1, 4), new("b", 2), new("c", 3))
        .Criterion("1.7", "Sử dụng công nghệ theo hướng bền vững", new("a", 0), new("b", 1))
        .Group(2, "Phát triển sản phẩm")
        .CriterionNone("2.1", "Nguồn gốc ý tưởng sản phẩm", new("a", 1), new("b", 2), new("c", 3, 4),
            new("d", 0, KnockOut: "Giống hệt sản phẩm của nhà sản xuất khác, chỉ thay đổi tên"))
        .Criterion("2.2", "Đóng gói, bao bì sản phẩm", new("a", 0), new("b", 1), new("c", 2, 3), new("d", 3))
        .CriterionNone("2.3", "Phong cách, ghi nhãn hàng hóa", new("a", 1, 3), new("b", 2), new("c", 3, 4))
        .YesNo("2.4", "Ghi nhãn hàng hóa có sử dụng song ngữ", 1)
        .Group(3, "Sức mạnh cộng đồng")
        .CriterionNone("3.1", "Loại hình tổ chức sản xuất - kinh doanh", new("a", 1), new("b", 2), new("c", 3))
        .Criterion("3.2", "Đại diện pháp luật là nữ, dân tộc thiểu số hoặc người khuyết tật", new("a", 0), new("b", 1))
        .CriterionNone("3.3", "Sử dụng lao động địa phương", new("a", 1), new("b", 2), new("c", 3))
        .CriterionNone("3.4", "Tăng trưởng sản xuất kinh doanh", new("a", 1), new("b", 2, 4))
        .CriterionNone("3.5", "Sở hữu trí tuệ", new("a", 1, 3), new("b", 2, 4), new("c", 3))
        .Part("B", "Khả năng tiếp thị")
        .Group(4, "Tiếp thị")
        .CriterionNone("4.1", "Khu vực phân phối chính", new("a", 1), new("b", 2, 3), new("c", 3, 4), new("d", 5, 5))
        .Criterion("4.2", "Tổ chức phân phối", new("a", 0), new("b", 1), new("c", 2), new("d", 3))
        .Criterion("4.3", "Quảng bá sản phẩm", new("a", 0), new("b", 1), new("c", 2), new("d", 3), new("e", 5))
        .Group(5, "Câu chuyện sản phẩm")
        .Criterion("5.1", "Câu chuyện sản phẩm", new("a", 0), new("b", 1), new("c", 2), new("d", 3), new("e", 5, 4))
        .CriterionNone("5.2", "Cấu trúc câu chuyện sản phẩm", new("a", 0), new("b", 1), new("c", 2))
        .Criterion("5.3", "Trí tuệ/bản sắc địa phương", new("a", 0), new("b", 1, 3), new("c", 3), new("d", 5))
        .Part("C", "Chất lượng sản phẩm")
        .Group(6, "Chỉ tiêu cảm quan")
        .Criterion("6.1", "Tạp chất", new("a", 0), new("b", 1), new("c", 2, 4),
            new("d", 0, KnockOut: "Có tạp chất không chấp nhận được: không đánh giá các bước tiếp theo"))
        .Criterion("6.2", "Hình dạng, thể chất", new("a", 0), new("b", 1), new("c", 2), new("d", 3))
        .Criterion("6.3", "Màu sắc", new("a", 0), new("b", 1), new("c", 2, 4), new("d", 3, 5))
        .Criterion("6.4", "Mùi", new("a", 0), new("b", 1), new("c", 2, 4), new("d", 3, 5))
        .Criterion("6.5", "Vị", new("a", 0), new("b", 1), new("c", 2, 4), new("d", 4, 5))
        .Group(7, "Tính độc đáo")
        .Criterion("7", "Tính độc đáo", new("a", 0), new("b", 1), new("c", 3, 4), new("d", 5, 5))
        .Group(8, "Công bố chất lượng sản phẩm")
        .CriterionNone("8", "Công bố chất lượng sản phẩm", new("a", 2, 3), new("b", 4), new("c", 5))
        .Group(9, "Đảm bảo chất lượng sản phẩm")
        .CriterionNone("9", "Đảm bảo chất lượng sản phẩm", new("a", 1, 3), new("b", 3, 4), new("c", 5))
        .Group(10, "Hướng dẫn sử dụng")
        .CriterionNone("10", "Hướng dẫn sử dụng", new("a", 1), new("b", 2))
        .Group(11, "Cơ hội thị trường toàn cầu")
        .CriterionNone("11", "Cơ hội thị trường toàn cầu", new("a", 1), new("b", 2), new("c", 3)))
        .Build();

    public static ScoreSheet Sheet => Rulebook.FindSheet(SetNo)!;

    /// <summary>The highest non-knock-out option everywhere: 100 points.</summary>
    public static ScoreSheetAnswers Best(string? member = null) => new(member, Sheet.AllCriteria.ToDictionary(
        c => c.Code, c => c.Options.Where(o => !o.KnockOut).MaxBy(o => o.Points)!.Letter));

    /// <summary>
    /// A plain product meeting every 3★ minimum and totalling exactly 50 (A 24, B 9, C 17): the lowest 3★.
    /// </summary>
    public static ScoreSheetAnswers Typical3Star(string? member = null) => Answers.Sheet(member,
        ("1.1", "a"), ("1.2", "b"), ("1.3", "b"), ("1.4", "b"), ("1.5", "b"), ("1.6", "a"), ("1.7", "b"),
        ("2.1", "b"), ("2.2", "c"), ("2.3", "a"), ("2.4", "yes"),
        ("3.1", "c"), ("3.2", "b"), ("3.3", "c"), ("3.4", "a"), ("3.5", "a"),
        ("4.1", "b"), ("4.2", "b"), ("4.3", "c"),
        ("5.1", "c"), ("5.2", "b"), ("5.3", "b"),
        ("6.1", "c"), ("6.2", "c"), ("6.3", "c"), ("6.4", "c"), ("6.5", "c"),
        ("7", "b"), ("8", "a"), ("9", "a"), ("10", "b"), ("11", "a"));

    public static EvaluationResult Evaluate(params ScoreSheetAnswers[] sheets) => StarEngine.Evaluate(Rulebook, SetNo, sheets);
}
