using System.Text.Json;
using System.Text.Json.Serialization;
using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>The result is what the API returns: it must serialise as plain JSON, explanation included.</summary>
public class ResultShapeTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void Evaluation_result_serialises_with_its_explanation()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Typical3Star("tv1"));
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(r, Web));
        var root = doc.RootElement;
        Assert.Equal("Recognised", root.GetProperty("status").GetString());
        Assert.Equal(3, root.GetProperty("awardedStars").GetInt32());
        Assert.Equal(50m, root.GetProperty("average").GetDecimal());
        Assert.Equal("A", root.GetProperty("members")[0].GetProperty("parts")[0].GetProperty("code").GetString());
        Assert.Equal(4, root.GetProperty("minimums")[1].GetProperty("stars").GetInt32());
        Assert.Contains("Đạt 3 sao", root.GetProperty("explanation").GetProperty("vi").GetString());
        Assert.Contains("Awarded 3 stars", root.GetProperty("explanation").GetProperty("en").GetString());
    }

    [Fact]
    public void Gap_analysis_serialises()
    {
        var gap = GapAnalyzer.Analyze(Set8Fixture.Rulebook, 8, Set8Fixture.Typical3Star());
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(gap, Web));
        Assert.Equal(4, doc.RootElement.GetProperty("targetStars").GetInt32());
        Assert.Equal(9, doc.RootElement.GetProperty("upgrades").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("upgrades")[0].GetProperty("requiredByMinimum").GetBoolean());
    }

    [Fact]
    public void A_with_copy_rebuilds_its_explanation()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Typical3Star());
        Assert.Contains("Đạt 3 sao", r.Explanation.Vi);
        var copy = r with { Status = EvaluationStatus.NotRecognised, AwardedStars = null };
        Assert.Contains("Chưa đạt hạng OCOP", copy.Explanation.Vi);
    }

    [Fact]
    public void Compiled_sheets_are_cached_per_rulebook_instance_not_per_id()
    {
        var a = Set8Fixture.Build("same-id");
        var b = Set8Fixture.Build("same-id");
        Assert.Same(CompiledSheet.For(a, 8), CompiledSheet.For(a, 8));
        Assert.NotSame(CompiledSheet.For(a, 8), CompiledSheet.For(b, 8));
    }

    [Fact]
    public void Evaluation_is_thread_safe()
    {
        var book = Set8Fixture.Build("parallel");
        var sheets = new[] { Set8Fixture.Typical3Star(), Set8Fixture.Best() };
        var results = new int?[64];
        Parallel.For(0, results.Length, i => results[i] = StarEngine.Evaluate(book, 8, [sheets[i % 2]]).AwardedStars);
        Assert.All(results.Where((_, i) => i % 2 == 0), s => Assert.Equal(3, s));
        Assert.All(results.Where((_, i) => i % 2 == 1), s => Assert.Equal(5, s));
    }

    [Fact]
    public void A_score_sheet_deserialises_from_the_documented_request_shape()
    {
        var json = """{ "memberId": "tv1", "answers": { "1.1": "a", "2.4": "yes", "3.3": "none" }, "knockOuts": ["6.1"] }""";
        var sheet = JsonSerializer.Deserialize<ScoreSheetAnswers>(json, Web)!;
        Assert.Equal("tv1", sheet.MemberId);
        Assert.Equal("none", sheet.Answers["3.3"]);
        Assert.Equal(["6.1"], sheet.KnockOuts);
        var withoutFindings = JsonSerializer.Deserialize<ScoreSheetAnswers>("""{ "answers": { "1.1": "a" } }""", Web)!;
        Assert.Empty(withoutFindings.KnockOuts);
        var r = Set8Fixture.Evaluate(sheet);
        Assert.Equal(EvaluationStatus.KnockedOut, r.Status);
    }
}
