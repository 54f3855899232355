using OcopHub.Core.Calendar;

namespace OcopHub.Core.Certificates;

/// <summary>Căn cứ thu hồi giấy chứng nhận: the six grounds of Art. 8.1 (points a, b, c, d, đ, e).</summary>
public enum RevocationGround
{
    /// <summary>a) thông tin không trung thực, giả mạo hồ sơ.</summary>
    A,
    /// <summary>b) không còn đáp ứng tiêu chí theo kết luận kiểm tra, giám sát.</summary>
    B,
    /// <summary>c) vi phạm pháp luật về chất lượng, ATTP, môi trường, SHTT, ghi nhãn…</summary>
    C,
    /// <summary>d) sử dụng nhãn hiệu OCOP không đúng quy định.</summary>
    D,
    /// <summary>đ) không còn hoạt động sản xuất sản phẩm OCOP. Named DD because "Đ" is not an identifier letter everywhere.</summary>
    DD,
    /// <summary>e) trường hợp khác theo kết luận và đề nghị của cơ quan nhà nước có thẩm quyền.</summary>
    E,
}

/// <summary>Who signs the revocation (Art. 8.2).</summary>
public enum RevocationAuthority
{
    /// <summary>Chủ tịch UBND cấp tỉnh: certificates of 3★ and 4★ products.</summary>
    ProvincialChairman,
    /// <summary>Bộ trưởng Bộ Nông nghiệp và Môi trường: certificates of 5★ products.</summary>
    Minister,
}

/// <summary>What starts the 15-day clock (Art. 8.4).</summary>
public enum RevocationTrigger
{
    /// <summary>Kết luận của cơ quan có thẩm quyền về hành vi vi phạm (grounds a–d, e).</summary>
    AuthorityConclusion,
    /// <summary>Xác nhận của UBND cấp xã về chủ thể không còn sản xuất (ground đ).</summary>
    CommuneConfirmationOfCessation,
}

public static class Revocation
{
    /// <summary>
    /// Art. 8.4: "15 ngày kể từ ngày có kết luận…". Calendar days: where the Decision means working days it says so
    /// ("15 ngày làm việc", Art. 7.2), and here it does not.
    /// </summary>
    public const int DeadlineDays = 15;

    /// <summary>The point letter as printed: a, b, c, d, đ, e.</summary>
    public static string Letter(this RevocationGround g) => g switch
    {
        RevocationGround.A => "a",
        RevocationGround.B => "b",
        RevocationGround.C => "c",
        RevocationGround.D => "d",
        RevocationGround.DD => "đ",
        RevocationGround.E => "e",
        _ => throw new ArgumentOutOfRangeException(nameof(g), g, null),
    };

    /// <summary>The text of Art. 8.1 for the ground.</summary>
    public static string TextVi(this RevocationGround g) => g switch
    {
        RevocationGround.A => "Chủ thể OCOP bị phát hiện cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ trong quá trình đăng ký đánh giá, phân hạng sản phẩm OCOP.",
        RevocationGround.B => "Sản phẩm OCOP không còn đáp ứng các tiêu chí theo Bộ tiêu chí OCOP theo kết luận kiểm tra, giám sát của cơ quan có thẩm quyền.",
        RevocationGround.C => "Sản phẩm OCOP vi phạm quy định pháp luật về chất lượng sản phẩm, an toàn thực phẩm, bảo vệ môi trường, sở hữu trí tuệ, ghi nhãn hàng hóa hoặc các quy định pháp luật khác có liên quan theo kết luận của cơ quan có thẩm quyền.",
        RevocationGround.D => "Chủ thể OCOP sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn về sản phẩm được công nhận.",
        RevocationGround.DD => "Chủ thể OCOP không còn hoạt động sản xuất sản phẩm OCOP.",
        RevocationGround.E => "Trường hợp khác theo kết luận và đề nghị của cơ quan nhà nước có thẩm quyền về việc sản phẩm OCOP không đủ điều kiện tiếp tục được công nhận.",
        _ => throw new ArgumentOutOfRangeException(nameof(g), g, null),
    };

    /// <summary>"Điểm đ khoản 1 Điều 8" — for decisions and notices.</summary>
    public static string CitationVi(this RevocationGround g) => $"điểm {g.Letter()} khoản 1 Điều 8 Quyết định số 26/2026/QĐ-TTg";

    /// <summary>Ground đ is triggered by the commune's confirmation; every other ground by an authority's conclusion.</summary>
    public static RevocationTrigger TriggerOf(RevocationGround g) =>
        Enum.IsDefined(g)
            ? g == RevocationGround.DD ? RevocationTrigger.CommuneConfirmationOfCessation : RevocationTrigger.AuthorityConclusion
            : throw new ArgumentOutOfRangeException(nameof(g), g, null);

    /// <summary>Art. 8.2: 3★/4★ → provincial chairman; 5★ → the Minister. 1–2★ products have no certificate.</summary>
    public static RevocationAuthority AuthorityFor(int stars) => stars switch
    {
        3 or 4 => RevocationAuthority.ProvincialChairman,
        5 => RevocationAuthority.Minister,
        _ => throw new ArgumentOutOfRangeException(nameof(stars), stars, "Chỉ sản phẩm 3, 4, 5 sao có giấy chứng nhận (Điều 4.1)."),
    };

    public static string Vi(this RevocationAuthority a) => a switch
    {
        RevocationAuthority.ProvincialChairman => "Chủ tịch UBND cấp tỉnh",
        RevocationAuthority.Minister => "Bộ trưởng Bộ Nông nghiệp và Môi trường",
        _ => throw new ArgumentOutOfRangeException(nameof(a), a, null),
    };

    /// <summary>Trigger + 15 days (trigger day not counted), without the weekend roll.</summary>
    public static DateOnly Deadline(DateOnly triggerDate) => triggerDate.AddDays(DeadlineDays);

    /// <summary>Trigger + 15 days, moved to the next working day when it is a day off (Civil Code 2015 Art. 148(5)).</summary>
    public static DateOnly Deadline(DateOnly triggerDate, WorkingDayCalendar calendar) =>
        calendar.CalendarDaysDeadline(triggerDate, DeadlineDays);
}
