using OcopHub.Core.Criteria;

namespace OcopHub.Core.Dossiers;

/// <summary>A legal ground for "hồ sơ bị loại"; NeedsCriterion for a knock-out, which names the criterion.</summary>
public sealed record RejectionGround(string Code, string TextVi, bool NeedsCriterion);

/// <summary>A criterion whose printed note (or one of whose options) eliminates the product.</summary>
public sealed record KnockOutCriterion(string Code, string Title, string Condition);

/// <summary>
/// Why the council's chair (or the office, the Ministry) may reject a dossier. Phụ lục II prints at the top of every
/// sheet "Hồ sơ bị loại khi: Giả mạo hồ sơ hoặc không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều
/// kiện an toàn thực phẩm theo quy định; hoặc không đáp ứng về hồ sơ đăng ký theo quy định" (some sets add the
/// production licence, the mandatory production conditions or the product declaration); the criteria's notes add
/// knock-outs ("Bị loại nếu …", "… không đánh giá các bước tiếp theo"). The grounds are the dossier's sheet's own
/// disqualifiers, plus a knock-out when the sheet has one.
/// </summary>
public static class RejectionGrounds
{
    public const string KnockOut = "knock-out";

    /// <summary>The common text of Phụ lục II, for sheets whose data carries no disqualifiers (older rulebooks).</summary>
    public static readonly IReadOnlyList<RejectionGround> Common =
    [
        new("forged-dossier", "Giả mạo hồ sơ", false),
        new("facility-certificate", "Không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo quy định", false),
        new("registration-dossier", "Không đáp ứng về hồ sơ đăng ký theo quy định", false),
    ];

    public static readonly RejectionGround KnockOutGround =
        new(KnockOut, "Vi phạm điểm loại của tiêu chí trong phiếu đánh giá (\"Bị loại nếu…\")", true);

    public static IReadOnlyList<RejectionGround> For(ScoreSheet? sheet)
    {
        var own = sheet?.Disqualifiers.DistinctBy(d => d.Code).Select(d => new RejectionGround(d.Code, Capitalise(d.Text), false)).ToList() ?? [];
        var grounds = own.Count > 0 ? own : [.. Common];
        if (sheet is not null && KnockOutCriteria(sheet).Count > 0) grounds.Add(KnockOutGround);
        return grounds;
    }

    public static IReadOnlyList<KnockOutCriterion> KnockOutCriteria(ScoreSheet sheet) =>
        sheet.AllCriteria.Select(c => (c, condition: KnockOutCondition(c))).Where(x => x.condition is not null)
            .Select(x => new KnockOutCriterion(x.c.Code, x.c.Title, x.condition!)).ToList();

    /// <summary>The criterion's printed knock-out note, else its knock-out option's reason; null when it has none.</summary>
    public static string? KnockOutCondition(Criterion c) =>
        c.KnockOuts.Select(k => k.Condition).FirstOrDefault()
        ?? c.Options.Where(o => o.KnockOut).Select(o => o.KnockOutReason ?? o.Text).FirstOrDefault();

    /// <summary>Resolves a chosen ground (and criterion, for a knock-out); Error is Vietnamese when the choice is not valid.</summary>
    public static (RejectionGround? Ground, KnockOutCriterion? Criterion, string? Error) Resolve(ScoreSheet? sheet, string? code, string? criterionCode)
    {
        var grounds = For(sheet);
        var ground = grounds.FirstOrDefault(g => string.Equals(g.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (ground is null)
            return (null, null, $"Vui lòng chọn căn cứ loại hồ sơ theo Phụ lục II: {string.Join("; ", grounds.Select(g => $"{g.Code} ({g.TextVi})"))}.");
        if (!ground.NeedsCriterion) return (ground, null, null);
        var criteria = KnockOutCriteria(sheet!);
        var criterion = criteria.FirstOrDefault(c => c.Code == criterionCode?.Trim());
        return criterion is null
            ? (null, null, $"Loại do điểm loại: chọn tiêu chí có điểm loại ({string.Join(", ", criteria.Select(c => c.Code))}).")
            : (ground, criterion, null);
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
}
