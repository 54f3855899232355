using System.Globalization;
using System.Text;

namespace OcopHub.Core.Scoring;

/// <summary>
/// Builds the bilingual explanations. Vietnamese numbers use the vi-VN decimal comma (69,86) because producers
/// read them on printed results; English uses the invariant point.
/// </summary>
internal static class ExplanationText
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    internal static string NumVi(decimal d) => Math.Round(d, 2, MidpointRounding.AwayFromZero).ToString("0.##", Vi);
    internal static string NumEn(decimal d) => Math.Round(d, 2, MidpointRounding.AwayFromZero).ToString("0.##", En);

    /// <summary>"1 point", "2 points", "0.5 points".</summary>
    internal static string PointsEn(decimal d) => NumEn(d) + (NumEn(d) == "1" ? " point" : " points");

    /// <summary>A member's answer as a Vietnamese reader expects it: "none" is an empty box, not a letter.</summary>
    private static string GivenVi(string given) => given switch
    {
        ScoreSheetAnswers.None => "không chọn ô nào",
        "missing" => "bỏ trống",
        _ => given,
    };

    public static Explanation For(EvaluationResult r)
    {
        if (r.Status == EvaluationStatus.Disqualified)
        {
            var list = string.Join("; ", r.Disqualifications.Select(d => $"{d.Code}: {d.Text}"));
            return new Explanation(
                $"Hồ sơ bị loại ({list}). Sản phẩm không được đánh giá, phân hạng.",
                $"Dossier rejected ({list}). The product is not ranked.");
        }
        if (r.Status == EvaluationStatus.KnockedOut)
        {
            var vi = string.Join("; ", r.KnockOuts.Select(k => $"tiêu chí {k.CriterionCode} ({k.CriterionTitle}) — {k.Reason} (thành viên #{k.MemberIndex + 1})"));
            var en = string.Join("; ", r.KnockOuts.Select(k => $"criterion {k.CriterionCode} ({k.CriterionTitleEn}) — {k.Reason} (member #{k.MemberIndex + 1})"));
            return new Explanation(
                $"Sản phẩm bị loại: {vi}. Sản phẩm không được phân hạng.",
                $"Product eliminated: {en}. The product is not ranked.");
        }

        var sbVi = new StringBuilder();
        var sbEn = new StringBuilder();
        sbVi.Append($"Điểm trung bình {NumVi(r.Average)}/100 ({r.Members.Count} phiếu chấm), thuộc khung {r.Band} sao. ");
        sbEn.Append($"Average {NumEn(r.Average)}/100 ({r.Members.Count} score sheet{(r.Members.Count == 1 ? "" : "s")}), in the {r.Band}-star band. ");
        if (r.AwardedStars is { } stars)
        {
            sbVi.Append($"Đạt {stars} sao.");
            sbEn.Append($"Awarded {stars} stars.");
        }
        else
        {
            sbVi.Append("Chưa đạt hạng OCOP (dưới 3 sao), không được công nhận.");
            sbEn.Append("Not recognised (below 3 stars).");
        }

        if (r.NextStars is { } next)
        {
            sbVi.Append($" Chưa đạt {next} sao vì:");
            sbEn.Append($" Held below {next} stars by:");
            var reasons = 0;
            if (r.PointsShort > 0)
            {
                sbVi.Append($" thiếu {NumVi(r.PointsShort)} điểm trung bình để vào khung {next} sao");
                sbEn.Append($" the average being {PointsEn(r.PointsShort)} short of the {next}-star band");
                reasons++;
            }
            foreach (var f in r.Blocking)
            {
                sbVi.Append(reasons++ == 0 ? " " : "; ").Append(MinimumVi(f));
                sbEn.Append(reasons == 1 ? " " : "; ").Append(MinimumEn(f));
            }
            sbVi.Append('.');
            sbEn.Append('.');
        }
        else
        {
            sbVi.Append(" Đã đạt hạng sao cao nhất.");
            sbEn.Append(" This is the highest star.");
        }

        if (r.SpreadExceeded)
        {
            sbVi.Append($" Chênh lệch tổng điểm giữa các thành viên là {NumVi(r.Spread)} điểm, vượt mức cho phép: hội đồng cần thảo luận và chấm lại.");
            sbEn.Append($" Members' totals differ by {NumEn(r.Spread)} points, above the council's limit: discuss and re-score.");
        }
        return new Explanation(sbVi.ToString(), sbEn.ToString());
    }

    internal static string MinimumVi(FailedMinimum f) =>
        $"tiêu chí {f.CriterionCode} ({f.CriterionTitle}) chưa đạt yêu cầu tối thiểu {f.Stars} sao: cần phương án {f.RequiredOption} ({NumVi(f.RequiredPoints)} điểm) trở lên, đã chấm {string.Join(", ", f.Given.Select(GivenVi))}";

    internal static string MinimumEn(FailedMinimum f) =>
        $"criterion {f.CriterionCode} ({f.CriterionTitleEn}) misses its {f.Stars}-star minimum: needs option {f.RequiredOption} ({PointsEn(f.RequiredPoints)}) or better, scored {string.Join(", ", f.Given)}";
}
