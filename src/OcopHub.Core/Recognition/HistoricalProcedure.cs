using System.Globalization;
using OcopHub.Core.Criteria;
using static OcopHub.Core.Recognition.RecognitionLevel;

namespace OcopHub.Core.Recognition;

/// <summary>
/// Who scored and who recognised OCOP products under each rulebook, period by period, and the check of a recorded
/// result against it (OCOP-RULES.md §1):
/// <list type="bullet">
/// <item>QĐ 1048/QĐ-TTg (21/8/2019 – 23/2/2023): the district council pre-scores, the provincial council scores and the
/// province recognises 3★ and 4★, the central council scores and the Ministry recognises 5★.</item>
/// <item>QĐ 148/QĐ-TTg (24/2/2023 – 30/6/2025): the district council scores and the district recognises 3★, the province
/// 4★, the Ministry 5★.</item>
/// <item>1/7/2025 – 5/7/2025: districts are abolished, 1489 is not yet in force. OCOP Hub reads the district's 3★
/// power as passed to the province, as 1489 then wrote it (an interpretation: no text of this gap is recorded).</item>
/// <item>148 as amended by QĐ 1489/QĐ-TTg (6/7/2025 – 21/7/2026) and QĐ 26/2026/QĐ-TTg (from 22/5/2026): the province
/// scores and recognises 3★ and 4★, the Ministry 5★; the two overlap because dossiers filed before 22/5/2026 finish
/// under 148 (26/2026 Art. 12.2).</item>
/// </list>
/// The rulebooks themselves (ids, dates, star bands) come from data; the stages are checked against them by tests.
/// </summary>
public sealed class HistoricalProcedure(IEnumerable<Rulebook> rulebooks)
{
    /// <summary>Last day of district-level government (cấp huyện): the two-level system began on 1/7/2025.</summary>
    public static readonly DateOnly LastDistrictDay = new(2025, 6, 30);

    /// <summary>Earliest evaluation year accepted: Quảng Ninh ran OCOP from 2013, before the national programme (2018).</summary>
    public const int FirstYear = 2013;

    /// <summary>A certificate is valid 36 months from issue (1048, 148 and 26/2026 Art. 4.3 alike).</summary>
    public const int CertificateMonths = 36;

    public static IReadOnlyList<ProcedureStage> Stages { get; } =
    [
        new("1048-2019", new(2019, 8, 21), new(2023, 2, 23), "Quyết định 1048/QĐ-TTg", [District, Province, National], Province, Province, National,
            "Hội đồng cấp huyện đánh giá sơ bộ; hội đồng cấp tỉnh đánh giá, UBND cấp tỉnh công nhận 3 và 4 sao; hội đồng trung ương đánh giá, Bộ công nhận 5 sao."),
        new("148-2023", new(2023, 2, 24), LastDistrictDay, "Quyết định 148/QĐ-TTg", [District, Province, National], District, Province, National,
            "Hội đồng cấp huyện đánh giá, UBND cấp huyện công nhận 3 sao; cấp tỉnh công nhận 4 sao; Bộ công nhận 5 sao."),
        new("148-2023", new(2025, 7, 1), new(2025, 7, 5), "Quyết định 148/QĐ-TTg", [Province, National], Province, Province, National,
            "Cấp huyện chấm dứt từ 01/7/2025; OCOP Hub coi thẩm quyền công nhận 3 sao đã chuyển lên cấp tỉnh (như Quyết định 1489/QĐ-TTg quy định từ 06/7/2025)."),
        new("148-2023", new(2025, 7, 6), new(2026, 7, 21), "Quyết định 148/QĐ-TTg sửa đổi bởi Quyết định 1489/QĐ-TTg", [Province, National], Province, Province, National,
            "Xã tiếp nhận, kiểm tra hồ sơ; hội đồng cấp tỉnh đánh giá, UBND cấp tỉnh công nhận 3 và 4 sao; sản phẩm từ 90 điểm gửi Bộ công nhận 5 sao."),
        new("26-2026", new(2026, 5, 22), null, "Quyết định 26/2026/QĐ-TTg", [Province, National], Province, Province, National,
            "Xã tiếp nhận, kiểm tra hồ sơ; hội đồng cấp tỉnh đánh giá, UBND cấp tỉnh công nhận 3 và 4 sao; sản phẩm từ 90 điểm gửi Bộ công nhận 5 sao."),
    ];

    private readonly Dictionary<string, Rulebook> _rulebooks = rulebooks.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The stage of a rulebook on a day; null when the rulebook was not in force then.</summary>
    public static ProcedureStage? StageFor(string rulebookId, DateOnly day) =>
        Stages.FirstOrDefault(s => s.RulebookId == rulebookId && s.Covers(day));

    /// <summary>The stages in force on a day (two while 148 and 26/2026 overlap), optionally of one rulebook.</summary>
    public static IReadOnlyList<ProcedureStage> StagesOn(DateOnly day, string? rulebookId = null) =>
        Stages.Where(s => s.Covers(day) && (rulebookId is null || s.RulebookId == rulebookId)).ToList();

    /// <summary>The levels of government that existed on a day: districts until 30/6/2025.</summary>
    public static IReadOnlyList<RecognitionLevel> LevelsOn(DateOnly day) =>
        day <= LastDistrictDay ? [District, Province, National] : [Province, National];

    /// <summary>Who recognised a product of these stars under a rulebook on a day; null below 3★ or outside the rulebook's life.</summary>
    public static RecognitionLevel? RecognisedBy(string rulebookId, DateOnly day, int stars) => StageFor(rulebookId, day)?.RecognisedBy(stars);

    /// <summary>The council whose score a recognition of these stars rests on (district under 148 for 3★ before 7/2025).</summary>
    public static RecognitionLevel? ScoringCouncil(string rulebookId, DateOnly day, int stars) => StageFor(rulebookId, day)?.ScoringCouncil(stars);

    /// <summary>"24/02/2023 – 30/06/2025", "từ 22/05/2026".</summary>
    public static string Period(DateOnly from, DateOnly? to) => to is { } t ? $"{D(from)} – {D(t)}" : $"từ {D(from)}";

    /// <summary>Checks one recorded result; every refusal in Vietnamese, keyed by field. Empty when the record is lawful.</summary>
    public IReadOnlyList<HistoricalRecordError> Validate(HistoricalRecord r, DateOnly today)
    {
        var errors = new List<HistoricalRecordError>();
        void Add(string field, string message) => errors.Add(new(field, message));

        if (r.Stars is < 1 or > 5)
        {
            Add(HistoricalFields.Stars, $"Số sao {r.Stars} không hợp lệ (1–5).");
            return errors;
        }
        if (r.EvaluationYear < FirstYear || r.EvaluationYear > today.Year)
            Add(HistoricalFields.EvaluationYear, $"Năm đánh giá {r.EvaluationYear} không hợp lệ: phải từ {FirstYear} đến {today.Year}.");

        Rulebook? rulebook = null;
        if (!string.IsNullOrWhiteSpace(r.RulebookId) && !_rulebooks.TryGetValue(r.RulebookId, out rulebook))
            Add(HistoricalFields.RulebookId, $"Không có bộ tiêu chí '{r.RulebookId}'.");
        CheckDates(r, rulebook, today, Add);
        CheckPoints(r, rulebook, Add);

        var recognised = r.Stars >= 3;
        if (!recognised && (r.Level is not null || !string.IsNullOrWhiteSpace(r.DecisionNumber) || !string.IsNullOrWhiteSpace(r.CertificateNumber)))
            Add(r.Level is not null ? HistoricalFields.Level : HistoricalFields.DecisionNumber,
                $"Sản phẩm {r.Stars} sao không được công nhận (dưới 50 điểm): không có cấp công nhận, quyết định hay giấy chứng nhận.");

        var districtTimeError = CheckDistrict(r, Add);
        if (r.Level is { } level && recognised && !districtTimeError)
        {
            if (r.Stars == 5 && level != National)
                Add(HistoricalFields.Level, $"Sản phẩm 5 sao chỉ do cấp trung ương ({National.Issuer(r.RecognisedOn)}) công nhận, không phải {level.VietnameseName()}.");
            else if (r.Stars < 5 && level == National)
                Add(HistoricalFields.Level, $"Cấp trung ương chỉ công nhận sản phẩm 5 sao; sản phẩm {r.Stars} sao do cấp tỉnh hoặc cấp huyện công nhận.");
            else if (Candidates(r, rulebook) is { Count: > 0 } stages && !stages.Any(s => s.RecognisedBy(r.Stars) == level))
            {
                var s = stages[0];
                Add(HistoricalFields.Level, $"Theo {s.LegalBasis} ({Period(s.From, s.To)}), sản phẩm {r.Stars} sao do {Recogniser(s.RecognisedBy(r.Stars)!.Value)} công nhận, không phải {level.VietnameseName()}.");
            }
        }
        if (r.ScoredBy is { } council && !districtTimeError && !errors.Any(e => e.Field == HistoricalFields.Level))
        {
            var stages = Candidates(r, rulebook).Where(s => r.Level is null || !recognised || s.RecognisedBy(r.Stars) == r.Level).ToList();
            if (recognised && r.Level is { } lvl && council < lvl)
                Add(HistoricalFields.CouncilLevel, $"{council.CouncilName()} không thể chấm điểm cho quyết định {lvl.VietnameseName()}: điểm công nhận là của hội đồng {lvl.VietnameseName()} trở lên.");
            else if (stages.Count > 0 && !stages.Any(s => s.CouncilsFor(r.Stars).Contains(council)))
            {
                var s = stages[0];
                Add(HistoricalFields.CouncilLevel, $"Theo {s.LegalBasis} ({Period(s.From, s.To)}), điểm của sản phẩm {r.Stars} sao do {string.Join(" hoặc ", s.CouncilsFor(r.Stars).Select(c => c.CouncilName().ToLowerInvariant()))} chấm, không phải {council.CouncilName().ToLowerInvariant()}.");
            }
        }
        return errors;
    }

    /// <summary>
    /// The stages the record may have been made under: those of its rulebook (or of any rulebook) in force on the
    /// decision date, or, without a date, at some time in the evaluation year or the next (decisions often follow in
    /// the new year).
    /// </summary>
    public static IReadOnlyList<ProcedureStage> Candidates(HistoricalRecord r, Rulebook? rulebook)
    {
        var id = rulebook?.Id;
        if (r.RecognisedOn is { } day) return StagesOn(day, id);
        var (from, to) = (new DateOnly(Math.Clamp(r.EvaluationYear, 1, 9998), 1, 1), new DateOnly(Math.Clamp(r.EvaluationYear + 1, 1, 9999), 12, 31));
        return Stages.Where(s => s.Overlaps(from, to) && (id is null || s.RulebookId == id)).ToList();
    }

    /// <summary>District level or district council: a district is named, and the record dates from before 1/7/2025. True when the date is what is wrong.</summary>
    private static bool CheckDistrict(HistoricalRecord r, Action<string, string> add)
    {
        var districtLevel = r.Level == District || r.ScoredBy == District;
        if (!districtLevel)
        {
            if (!string.IsNullOrWhiteSpace(r.DistrictCode))
                add(HistoricalFields.DistrictCode, "Chỉ ghi huyện khi cấp công nhận hoặc hội đồng chấm điểm là cấp huyện.");
            return false;
        }
        if (string.IsNullOrWhiteSpace(r.DistrictCode))
            add(HistoricalFields.DistrictCode, "Cấp huyện: hãy ghi huyện (mã hoặc tên huyện trước ngày 01/7/2025).");
        var what = r.Level == District ? "quyết định" : "hội đồng";
        if (r.RecognisedOn is { } day && day > LastDistrictDay)
        {
            add(r.DecisionDate is null ? HistoricalFields.IssuedOn : HistoricalFields.DecisionDate,
                $"Cấp huyện chấm dứt hoạt động từ 01/7/2025: không thể có {what} cấp huyện ngày {D(day)}.");
            return true;
        }
        if (r.RecognisedOn is null && r.EvaluationYear > LastDistrictDay.Year)
        {
            add(HistoricalFields.EvaluationYear, $"Cấp huyện chấm dứt hoạt động từ 01/7/2025: không thể có {what} cấp huyện cho năm đánh giá {r.EvaluationYear}.");
            return true;
        }
        return false;
    }

    private static void CheckDates(HistoricalRecord r, Rulebook? rulebook, DateOnly today, Action<string, string> add)
    {
        if (r.DecisionDate is { } decided)
        {
            if (decided > today) add(HistoricalFields.DecisionDate, $"Ngày quyết định {D(decided)} sau ngày hôm nay.");
            else if (decided.Year < r.EvaluationYear) add(HistoricalFields.DecisionDate, $"Ngày quyết định {D(decided)} trước năm đánh giá {r.EvaluationYear}.");
        }
        if (r.IssuedOn is { } issued)
        {
            if (r.DecisionDate is { } d && issued < d) add(HistoricalFields.IssuedOn, $"Ngày cấp giấy chứng nhận {D(issued)} trước ngày quyết định {D(d)}.");
            if (r.ExpiresOn is { } expires)
            {
                if (expires <= issued) add(HistoricalFields.ExpiresOn, "Ngày hết hạn phải sau ngày cấp.");
                else if (expires > issued.AddMonths(CertificateMonths))
                    add(HistoricalFields.ExpiresOn, $"Giấy chứng nhận OCOP có hiệu lực {CertificateMonths} tháng kể từ ngày cấp: hết hạn chậm nhất {D(issued.AddMonths(CertificateMonths))}.");
            }
        }
        if (rulebook is null) return;
        var range = Period(rulebook.EffectiveFrom, rulebook.EffectiveTo);
        if (r.EvaluationYear < rulebook.EffectiveFrom.Year || r.EvaluationYear > (rulebook.EffectiveTo?.Year ?? int.MaxValue))
            add(HistoricalFields.EvaluationYear, $"Năm đánh giá {r.EvaluationYear} nằm ngoài thời gian áp dụng {rulebook.Name} ({range}).");
        if (r.RecognisedOn is { } day && !rulebook.IsInForceOn(day))
            add(r.DecisionDate is null ? HistoricalFields.IssuedOn : HistoricalFields.DecisionDate,
                $"{(r.DecisionDate is null ? "Ngày cấp" : "Ngày quyết định")} {D(day)} nằm ngoài thời gian áp dụng {rulebook.Name} ({range}).");
    }

    /// <summary>The points reach the band of the stars (above it is lawful: a star minimum may hold a product back).</summary>
    private void CheckPoints(HistoricalRecord r, Rulebook? rulebook, Action<string, string> add)
    {
        if (r.Points is not { } points) return;
        if (points is < 0 or > 100) { add(HistoricalFields.Points, "Điểm phải từ 0 đến 100."); return; }
        var bands = (rulebook ?? Candidates(r, null).Select(s => _rulebooks.GetValueOrDefault(s.RulebookId)).FirstOrDefault(b => b is not null)
            ?? _rulebooks.Values.MaxBy(b => b.EffectiveFrom))?.Bands;
        if (bands?.FirstOrDefault(b => b.Stars == r.Stars) is { } band && points < band.MinInclusive)
            add(HistoricalFields.Points, $"{points.ToString("0.##", CultureInfo.InvariantCulture)} điểm chưa đạt hạng {r.Stars} sao (từ {band.MinInclusive.ToString("0.##", CultureInfo.InvariantCulture)} điểm).");
    }

    private static string Recogniser(RecognitionLevel level) => level switch
    {
        District => "UBND cấp huyện",
        Province => "UBND cấp tỉnh",
        _ => "cấp trung ương (Bộ)",
    };

    private static string D(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
