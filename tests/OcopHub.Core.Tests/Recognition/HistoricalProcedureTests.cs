using OcopHub.Core.Criteria;
using OcopHub.Core.Recognition;
using OcopHub.Core.Tests.Criteria;
using static OcopHub.Core.Recognition.RecognitionLevel;

namespace OcopHub.Core.Tests.Recognition;

/// <summary>Who scored and recognised what, period by period, and the refusals of unlawful historical records.</summary>
public class HistoricalProcedureTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly string[] Ids = ["1048-2019", "148-2023", "26-2026"];
    private static HistoricalProcedure Procedure => new(Ids.Select(RulebookFiles.Load));

    private static IReadOnlyList<HistoricalRecordError> Check(HistoricalRecord r) => Procedure.Validate(r, Today);

    private static HistoricalRecord Dated(string rulebook, DateOnly day, int stars, RecognitionLevel? level, string? district = null, RecognitionLevel? council = null) =>
        new(day.Year, stars, null, rulebook, level, district ?? (level == District || council == District ? "061" : null), council, null, day);

    // The law as written in OCOP-RULES.md §1, typed out independently of the stage table: (rulebook, decision date, stars) → recogniser.
    public static TheoryData<string, DateOnly, int, RecognitionLevel> Recognisers => new()
    {
        { "1048-2019", new(2019, 8, 21), 3, Province }, { "1048-2019", new(2021, 10, 1), 4, Province }, { "1048-2019", new(2023, 2, 23), 5, National },
        { "1048-2019", new(2023, 2, 23), 3, Province },
        { "148-2023", new(2023, 2, 24), 3, District }, { "148-2023", new(2024, 12, 16), 4, Province }, { "148-2023", new(2024, 12, 16), 5, National },
        { "148-2023", new(2025, 6, 30), 3, District }, { "148-2023", new(2025, 6, 30), 4, Province },
        { "148-2023", new(2025, 7, 1), 3, Province }, { "148-2023", new(2025, 7, 5), 4, Province }, { "148-2023", new(2025, 7, 5), 5, National },
        { "148-2023", new(2025, 7, 6), 3, Province }, { "148-2023", new(2026, 7, 21), 4, Province }, { "148-2023", new(2026, 1, 10), 5, National },
        { "26-2026", new(2026, 5, 22), 3, Province }, { "26-2026", new(2026, 11, 1), 4, Province }, { "26-2026", new(2026, 11, 1), 5, National },
    };

    [Theory]
    [MemberData(nameof(Recognisers))]
    public void Each_period_has_one_recogniser_per_star_class_and_every_other_level_is_refused(string rulebook, DateOnly day, int stars, RecognitionLevel expected)
    {
        Assert.Equal(expected, HistoricalProcedure.RecognisedBy(rulebook, day, stars));
        foreach (var level in Enum.GetValues<RecognitionLevel>())
        {
            var errors = Check(Dated(rulebook, day, stars, level));
            if (level == expected) Assert.Empty(errors);
            else Assert.Contains(errors, e => e.Field is HistoricalFields.Level or HistoricalFields.DecisionDate);
        }
    }

    [Fact]
    public void The_stage_table_covers_each_rulebook_exactly_and_splits_where_the_data_says()
    {
        foreach (var id in Ids)
        {
            var rulebook = RulebookFiles.Load(id);
            var stages = HistoricalProcedure.Stages.Where(s => s.RulebookId == id).OrderBy(s => s.From).ToList();
            Assert.Equal(rulebook.EffectiveFrom, stages[0].From);
            Assert.Equal(rulebook.EffectiveTo, stages[^1].To);
            for (var i = 1; i < stages.Count; i++) Assert.Equal(stages[i - 1].To!.Value.AddDays(1), stages[i].From);
            // 1489 (a period of 148 in the data) changed the procedure: its first day starts a stage. (781 changed only the sheets of 1048.)
            if (id == "148-2023") Assert.Contains(stages, s => s.From == rulebook.Periods[1].From);
        }
        // Districts take part only in stages that end by 30/6/2025.
        Assert.All(HistoricalProcedure.Stages.Where(s => s.DistrictsTakePart), s => Assert.True(s.To <= HistoricalProcedure.LastDistrictDay));
        Assert.All(HistoricalProcedure.Stages, s => Assert.Equal(National, s.FiveStars));
    }

    [Fact]
    public void Rulebook_bands_are_the_ones_the_points_check_relies_on()
    {
        foreach (var id in Ids)
            Assert.Equal([90m, 70m, 50m, 30m, 0m], RulebookFiles.Load(id).Bands.OrderByDescending(b => b.Stars).Select(b => b.MinInclusive));
    }

    [Fact]
    public void Districts_existed_until_30_June_2025()
    {
        Assert.Equal([District, Province, National], HistoricalProcedure.LevelsOn(new DateOnly(2025, 6, 30)));
        Assert.Equal([Province, National], HistoricalProcedure.LevelsOn(new DateOnly(2025, 7, 1)));
        Assert.Equal([District, Province, National], HistoricalProcedure.LevelsOn(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Which_council_scored()
    {
        Assert.Equal(District, HistoricalProcedure.ScoringCouncil("148-2023", new(2024, 5, 1), 3));
        Assert.Equal(Province, HistoricalProcedure.ScoringCouncil("148-2023", new(2024, 5, 1), 4));
        Assert.Equal(Province, HistoricalProcedure.ScoringCouncil("1048-2019", new(2021, 5, 1), 3));
        Assert.Equal(National, HistoricalProcedure.ScoringCouncil("26-2026", new(2026, 9, 1), 5));
        Assert.Null(HistoricalProcedure.ScoringCouncil("26-2026", new(2026, 9, 1), 2));
        Assert.Equal([District, Province, National], HistoricalProcedure.StageFor("1048-2019", new(2021, 5, 1))!.Councils);
        Assert.Equal([Province, National], HistoricalProcedure.StageFor("26-2026", new(2026, 9, 1))!.Councils);
        Assert.Null(HistoricalProcedure.StageFor("1048-2019", new(2023, 2, 24)));
        Assert.Equal(2, HistoricalProcedure.StagesOn(new(2026, 6, 1)).Count); // 148 (+1489) and 26/2026 overlap
    }

    [Fact]
    public void A_district_decision_after_30_June_2025_is_refused()
    {
        var errors = Check(Dated("148-2023", new(2025, 7, 1), 3, District));
        var e = Assert.Single(errors);
        Assert.Equal(HistoricalFields.DecisionDate, e.Field);
        Assert.Contains("01/7/2025", e.Message);
        Assert.Contains("01/07/2025", e.Message);
        // Without a date, the evaluation year tells.
        var undated = Check(new HistoricalRecord(2026, 3, RulebookId: "148-2023", Level: District, DistrictCode: "061"));
        Assert.Equal(HistoricalFields.EvaluationYear, Assert.Single(undated).Field);
        // Dated by the certificate alone.
        var byCertificate = Check(new HistoricalRecord(2025, 3, Level: District, DistrictCode: "061", IssuedOn: new(2025, 8, 1)));
        Assert.Equal(HistoricalFields.IssuedOn, Assert.Single(byCertificate).Field);
        Assert.Empty(Check(new HistoricalRecord(2025, 3, RulebookId: "148-2023", Level: District, DistrictCode: "061", DecisionDate: new(2025, 6, 30))));
    }

    [Fact]
    public void A_district_recognising_4_stars_under_148_is_refused_with_the_reason()
    {
        var e = Assert.Single(Check(Dated("148-2023", new(2024, 11, 20), 4, District)));
        Assert.Equal(HistoricalFields.Level, e.Field);
        Assert.Equal("Theo Quyết định 148/QĐ-TTg (24/02/2023 – 30/06/2025), sản phẩm 4 sao do UBND cấp tỉnh công nhận, không phải cấp huyện.", e.Message);
    }

    [Fact]
    public void Under_148_before_July_2025_three_stars_are_the_district_s()
    {
        var e = Assert.Single(Check(Dated("148-2023", new(2024, 12, 16), 3, Province)));
        Assert.Contains("UBND cấp huyện công nhận, không phải cấp tỉnh", e.Message);
    }

    [Fact]
    public void Under_1048_the_district_only_pre_scored()
    {
        var e = Assert.Single(Check(Dated("1048-2019", new(2021, 10, 1), 3, District)));
        Assert.Contains("Quyết định 1048/QĐ-TTg", e.Message);
        Assert.Contains("UBND cấp tỉnh", e.Message);
    }

    [Theory]
    [InlineData(District)]
    [InlineData(Province)]
    public void Five_stars_are_only_national(RecognitionLevel level)
    {
        var e = Assert.Single(Check(Dated("148-2023", new(2024, 6, 1), 5, level)));
        Assert.Equal(HistoricalFields.Level, e.Field);
        Assert.StartsWith("Sản phẩm 5 sao chỉ do cấp trung ương (Bộ NN&PTNT)", e.Message);
        Assert.Contains("Bộ NN&MT", Assert.Single(Check(Dated("26-2026", new(2026, 6, 1), 5, Province))).Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void The_centre_recognises_only_five_stars(int stars)
    {
        var e = Assert.Single(Check(Dated("26-2026", new(2026, 6, 1), stars, National)));
        Assert.StartsWith("Cấp trung ương chỉ công nhận sản phẩm 5 sao", e.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Below_three_stars_nothing_is_recognised(int stars)
    {
        Assert.Empty(Check(new HistoricalRecord(2024, stars, 40, "148-2023")));
        Assert.Contains("không được công nhận", Assert.Single(Check(new HistoricalRecord(2024, stars, 40, "148-2023", Province))).Message);
        Assert.Equal(HistoricalFields.DecisionNumber, Assert.Single(Check(new HistoricalRecord(2024, stars, DecisionNumber: "1/QĐ-UBND"))).Field);
        Assert.Single(Check(new HistoricalRecord(2024, stars, CertificateNumber: "GCN-1")));
    }

    [Fact]
    public void A_district_level_needs_its_district_and_only_it_carries_one()
    {
        var missing = Check(new HistoricalRecord(2024, 3, RulebookId: "148-2023", Level: District, DecisionDate: new(2024, 5, 1)));
        Assert.Equal(HistoricalFields.DistrictCode, Assert.Single(missing).Field);
        var stray = Check(new HistoricalRecord(2024, 4, RulebookId: "148-2023", Level: Province, DistrictCode: "061", DecisionDate: new(2024, 5, 1)));
        Assert.Equal("Chỉ ghi huyện khi cấp công nhận hoặc hội đồng chấm điểm là cấp huyện.", Assert.Single(stray).Message);
        // A district council's score (1–2★ under 148) names its district too.
        Assert.Empty(Check(new HistoricalRecord(2024, 2, 45, "148-2023", ScoredBy: District, DistrictCode: "061")));
    }

    [Fact]
    public void The_council_must_be_one_that_could_carry_the_score()
    {
        Assert.Empty(Check(Dated("148-2023", new(2024, 5, 1), 3, District, council: District)));
        Assert.Empty(Check(Dated("148-2023", new(2024, 5, 1), 4, Province, council: Province)));
        Assert.Empty(Check(Dated("26-2026", new(2026, 9, 1), 4, Province, council: National))); // the province may rely on the central score
        var low = Assert.Single(Check(Dated("148-2023", new(2024, 5, 1), 4, Province, council: District)));
        Assert.Equal(HistoricalFields.CouncilLevel, low.Field);
        Assert.Contains("Hội đồng cấp huyện không thể chấm điểm cho quyết định cấp tỉnh", low.Message);
        // 1048: the district council's score was preliminary; the province's council scored what the province recognised.
        var pre = Check(new HistoricalRecord(2021, 3, null, "1048-2019", null, "061", District, null, new(2021, 10, 1)));
        Assert.Contains("hội đồng cấp tỉnh hoặc hội đồng cấp trung ương chấm", Assert.Single(pre).Message);
        // No district council after June 2025.
        var late = Assert.Single(Check(new HistoricalRecord(2025, 2, 40, "148-2023", null, "061", District, null, new(2025, 9, 1))));
        Assert.Contains("không thể có hội đồng cấp huyện", late.Message);
    }

    [Fact]
    public void Undated_records_are_judged_against_every_stage_of_their_year_and_the_next()
    {
        // 2025 under 148: the district (before July) or the province (after) could have recognised 3★.
        Assert.Empty(Check(new HistoricalRecord(2025, 3, RulebookId: "148-2023", Level: District, DistrictCode: "061")));
        Assert.Empty(Check(new HistoricalRecord(2025, 3, RulebookId: "148-2023", Level: Province)));
        // 2023 without a rulebook: 1048 (province) or 148 (district) — both lawful.
        Assert.Empty(Check(new HistoricalRecord(2023, 3, Level: Province)));
        Assert.Empty(Check(new HistoricalRecord(2023, 3, Level: District, DistrictCode: "061")));
        // 2020 under 1048: no stage lets a district recognise.
        Assert.Single(Check(new HistoricalRecord(2020, 3, RulebookId: "1048-2019", Level: District, DistrictCode: "061")));
        // Before 1048 (the 2018 pilot rules) only the universal rules apply.
        Assert.Empty(Check(new HistoricalRecord(2018, 3, Level: Province, DecisionDate: new(2018, 12, 1))));
        Assert.Single(Check(new HistoricalRecord(2018, 5, Level: Province, DecisionDate: new(2018, 12, 1))));
    }

    [Fact]
    public void Dates_must_fit_the_rulebook_the_year_and_the_certificate()
    {
        var outside = Check(Dated("1048-2019", new(2023, 3, 15), 4, Province));
        Assert.Contains(outside, e => e.Field == HistoricalFields.DecisionDate && e.Message.Contains("nằm ngoài thời gian áp dụng Quyết định 1048/QĐ-TTg (21/08/2019 – 23/02/2023)"));
        Assert.Contains(Check(new HistoricalRecord(2019, 4, RulebookId: "148-2023")), e => e.Field == HistoricalFields.EvaluationYear);
        Assert.Contains(Check(new HistoricalRecord(2024, 4, RulebookId: "26-2026")), e => e.Field == HistoricalFields.EvaluationYear);
        Assert.Equal(HistoricalFields.RulebookId, Assert.Single(Check(new HistoricalRecord(2024, 4, RulebookId: "999-2030"))).Field);
        Assert.Contains("sau ngày hôm nay", Assert.Single(Check(new HistoricalRecord(2026, 4, DecisionDate: Today.AddDays(1)))).Message);
        Assert.Contains("trước năm đánh giá", Assert.Single(Check(new HistoricalRecord(2024, 4, DecisionDate: new(2023, 12, 1)))).Message);
        Assert.Empty(Check(new HistoricalRecord(2024, 4, DecisionDate: new(2025, 1, 15)))); // decided early the next year
        Assert.Equal(HistoricalFields.IssuedOn, Assert.Single(Check(new HistoricalRecord(2024, 4, DecisionDate: new(2024, 5, 2), IssuedOn: new(2024, 5, 1)))).Field);
        Assert.Equal("Ngày hết hạn phải sau ngày cấp.", Assert.Single(Check(new HistoricalRecord(2024, 4, IssuedOn: new(2024, 5, 1), ExpiresOn: new(2024, 5, 1)))).Message);
        Assert.Contains("36 tháng", Assert.Single(Check(new HistoricalRecord(2024, 4, IssuedOn: new(2024, 5, 1), ExpiresOn: new(2027, 5, 2)))).Message);
        Assert.Empty(Check(new HistoricalRecord(2024, 4, IssuedOn: new(2024, 5, 1), ExpiresOn: new(2027, 5, 1))));
        Assert.Single(Check(new HistoricalRecord(2012, 3)));
        Assert.Single(Check(new HistoricalRecord(2027, 3)));
        Assert.Equal(HistoricalFields.Stars, Assert.Single(Check(new HistoricalRecord(2024, 6, Level: National))).Field);
    }

    [Fact]
    public void Points_must_reach_the_band_of_the_stars_but_may_exceed_it()
    {
        Assert.Equal("65 điểm chưa đạt hạng 4 sao (từ 70 điểm).", Assert.Single(Check(new HistoricalRecord(2024, 4, 65, "148-2023"))).Message);
        Assert.Empty(Check(new HistoricalRecord(2024, 3, 78.5m, "148-2023"))); // a missed 4★ minimum keeps a product at 3★
        Assert.Single(Check(new HistoricalRecord(2024, 5, 89.99m)));
        Assert.Empty(Check(new HistoricalRecord(2024, 5, 90)));
        Assert.Equal("Điểm phải từ 0 đến 100.", Assert.Single(Check(new HistoricalRecord(2024, 3, 101))).Message);
    }

    [Fact]
    public void Lawful_records_of_each_period_pass()
    {
        Assert.Empty(Check(new HistoricalRecord(2021, 3, 60, "1048-2019", Province, null, Province, "1890/QĐ-UBND", new(2021, 10, 1), "1890/GCN", new(2021, 10, 1), new(2024, 10, 1))));
        Assert.Empty(Check(new HistoricalRecord(2024, 3, 62, "148-2023", District, "061", District, "2345/QĐ-UBND", new(2024, 12, 16), "2345/GCN", new(2024, 12, 16), new(2027, 12, 16))));
        Assert.Empty(Check(new HistoricalRecord(2022, 5, 91, "1048-2019", National, null, National, "12/QĐ-BNN-VPĐP", new(2022, 12, 30))));
        Assert.Empty(Check(new HistoricalRecord(2026, 4, 75, "26-2026", Province, null, Province, "12/QĐ-UBND", new(2026, 6, 1))));
    }

    [Theory]
    [InlineData("huyện", District)]
    [InlineData("Cấp huyện", District)]
    [InlineData("UBND huyện", District)]
    [InlineData("HUYEN", District)]
    [InlineData("district", District)]
    [InlineData("tỉnh", Province)]
    [InlineData("cấp tỉnh", Province)]
    [InlineData("province", Province)]
    [InlineData("trung ương", National)]
    [InlineData("Cấp Trung ương", National)]
    [InlineData("TW", National)]
    [InlineData("national", National)]
    public void Levels_are_read_as_people_write_them(string text, RecognitionLevel expected)
    {
        Assert.True(RecognitionLevels.TryRead(text, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("xã")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("huyện tỉnh")]
    public void Other_levels_are_not_read(string? text) => Assert.False(RecognitionLevels.TryRead(text, out _));

    [Fact]
    public void Ids_round_trip_and_nothing_else_is_an_id()
    {
        foreach (var level in Enum.GetValues<RecognitionLevel>()) Assert.Equal(level, RecognitionLevels.FromId(level.Id()));
        Assert.Null(RecognitionLevels.FromId("huyện"));
        Assert.Null(RecognitionLevels.FromId("Province"));
    }

    [Fact]
    public void Issuers_read_as_printed()
    {
        Assert.Equal("UBND huyện Ba Bể (cũ)", District.Issuer(new(2024, 1, 1), "Huyện Ba Bể"));
        Assert.Equal("UBND thành phố Bắc Kạn (cũ)", District.Issuer(null, "Thành Phố Bắc Kạn"));
        Assert.Equal("UBND thị xã Phú Thọ (cũ)", District.Issuer(null, "Thị xã Phú Thọ"));
        Assert.Equal("UBND quận Ba Đình (cũ)", District.Issuer(null, "Quận Ba Đình"));
        Assert.Equal("UBND Ba Bể (cũ)", District.Issuer(null, "Ba Bể"));
        Assert.Equal("UBND cấp huyện (cũ)", District.Issuer(null));
        Assert.Equal("UBND tỉnh", Province.Issuer(new(2024, 1, 1)));
        Assert.Equal("Bộ NN&PTNT", National.Issuer(new(2025, 2, 28)));
        Assert.Equal("Bộ NN&MT", National.Issuer(new(2025, 3, 1)));
        Assert.Equal("Bộ NN&MT", National.Issuer(null));
        Assert.Equal("Hội đồng cấp huyện", District.CouncilName());
    }
}
