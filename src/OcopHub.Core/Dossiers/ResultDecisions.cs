namespace OcopHub.Core.Dossiers;

/// <summary>What the provincial office may record for a dossier waiting in ProvincialDecision (Art. 7.3.đ–g, 7.4.g).</summary>
public enum ProvincialChoice
{
    /// <summary>3★ or 4★: the provincial chairman recognises and certifies (Art. 7.3.đ–e, or 7.4.g on a central result below 90).</summary>
    RecogniseAtProvince,
    /// <summary>1★–2★: not recognised, the producer gets a written notice (Art. 4.1.a, 7.3.g).</summary>
    Decline,
    /// <summary>≥ 90 points at the province: approve and propose to the Ministry (Art. 7.3.e).</summary>
    ForwardToMinistry,
    /// <summary>A central result of ≥ 90 came back: nothing to recognise at the province; only a new evaluation (Art. 7.4.g).</summary>
    ReEvaluate,
}

/// <summary>One step of a dossier's timeline, as the result rules need it.</summary>
public readonly record struct TimelineStep(DossierAction Action, DateTime At);

/// <summary>
/// The guards between a council's result and a recognition decision. The state machine knows who may act; these
/// rules know what the score allows, so stars and points always come from the evaluation and never from a form.
/// </summary>
public static class ResultDecisions
{
    /// <summary>
    /// The office's choice from the latest evaluation. <paramref name="centralResult"/>: the evaluation was made by the
    /// central council (see <see cref="IsCentral"/>); then a score below 90 may still be recognised at 3★/4★ (Art. 7.4.g).
    /// </summary>
    public static ProvincialChoice ForProvince(decimal average, int? stars, bool centralResult)
    {
        if (average is < 0m or > 100m) throw new ArgumentOutOfRangeException(nameof(average), average, "Điểm trung bình phải từ 0 đến 100.");
        if (average >= ProvincialOutcomes.CentralThreshold) return centralResult ? ProvincialChoice.ReEvaluate : ProvincialChoice.ForwardToMinistry;
        return stars is 3 or 4 ? ProvincialChoice.RecogniseAtProvince : ProvincialChoice.Decline;
    }

    /// <summary>The Minister recognises 5★ only on a central result of 5★ (≥ 90 points and the 5★ minimums, Art. 7.4.đ–e).</summary>
    public static bool MinistryMayRecognise(decimal? centralAverage, int? centralStars) =>
        centralAverage >= ProvincialOutcomes.CentralThreshold && centralStars == 5;

    /// <summary>
    /// Whether an evaluation closed at <paramref name="closedAt"/> is the central council's: the dossier had been
    /// forwarded to the Ministry before, and not sent back to a provincial round since (a provincial re-evaluation
    /// always passes AssignToRound). Only the timeline is used, so no field on the evaluation is needed.
    /// </summary>
    public static bool IsCentral(DateTime closedAt, IEnumerable<TimelineStep> timeline)
    {
        DateTime? forwarded = null, assigned = null;
        foreach (var step in timeline.Where(s => s.At <= closedAt))
        {
            if (step.Action == DossierAction.ForwardToMinistry && (forwarded is null || step.At > forwarded)) forwarded = step.At;
            if (step.Action == DossierAction.AssignToRound && (assigned is null || step.At > assigned)) assigned = step.At;
        }
        return forwarded is { } f && (assigned is not { } a || a < f);
    }

    /// <summary>Why the office may not take <paramref name="wanted"/> when the evaluation allows <paramref name="allowed"/>; null when it may.</summary>
    public static string? Refusal(ProvincialChoice wanted, ProvincialChoice allowed, decimal average, int? stars)
    {
        if (wanted == allowed) return null;
        var result = $"{Points(average)} điểm{(stars is { } s ? $", {s} sao" : "")}";
        return allowed switch
        {
            ProvincialChoice.ForwardToMinistry =>
                $"Sản phẩm đạt {result} (từ 90 điểm trở lên): UBND tỉnh phê duyệt kết quả và đề nghị Bộ Nông nghiệp và Môi trường đánh giá 5 sao; không công nhận 3, 4 sao khi chưa qua cấp trung ương (Điều 7.3.e).",
            ProvincialChoice.RecogniseAtProvince =>
                $"Sản phẩm đạt {result}: thuộc diện công nhận {stars} sao cấp tỉnh (Điều 7.3.đ–e), không thể {Vi(wanted)}.",
            ProvincialChoice.Decline =>
                $"Sản phẩm đạt {result} (dưới 3 sao): không đủ điều kiện công nhận; gửi thông báo kết quả cho chủ thể (Điều 4.1.a, 7.3.g).",
            _ =>
                $"Kết quả Hội đồng cấp trung ương {result} (từ 90 điểm) do Bộ trưởng quyết định; tỉnh chỉ có thể tổ chức đánh giá lại (Điều 7.4.g).",
        };
    }

    /// <summary>The line shown beside a dossier on the decision page.</summary>
    public static string Summary(ProvincialChoice choice, decimal average, int? stars, bool centralResult)
    {
        var who = centralResult ? "Kết quả Hội đồng cấp trung ương" : "Kết quả Hội đồng cấp tỉnh";
        return choice switch
        {
            ProvincialChoice.RecogniseAtProvince => $"{who}: {Points(average)} điểm — có thể công nhận {stars} sao",
            ProvincialChoice.Decline => $"{who}: {Points(average)} điểm{(stars is { } s ? $" ({s} sao)" : "")} — không đủ điều kiện công nhận",
            ProvincialChoice.ForwardToMinistry => $"{who}: {Points(average)} điểm — đề nghị Bộ Nông nghiệp và Môi trường đánh giá 5 sao",
            _ => $"{who}: {Points(average)} điểm — chỉ có thể tổ chức đánh giá lại",
        };
    }

    public static string Vi(this ProvincialChoice c) => c switch
    {
        ProvincialChoice.RecogniseAtProvince => "công nhận 3, 4 sao",
        ProvincialChoice.Decline => "không công nhận",
        ProvincialChoice.ForwardToMinistry => "đề nghị Bộ đánh giá 5 sao",
        _ => "đánh giá lại",
    };

    /// <summary>Points as printed for Vietnamese readers (decimal comma: 86,5).</summary>
    public static string Points(decimal average) => Scoring.ExplanationText.NumVi(average);
}
