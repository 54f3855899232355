using OcopHub.Core.Dossiers;
using OcopHub.Core.Tests.Scoring;

namespace OcopHub.Core.Tests.Dossiers;

public class RecognitionChangesTests
{
    private static readonly Core.Criteria.Rulebook Book = TestRulebookBuilder.Single(s => s
        .Criterion("A", "Nguyên liệu", new Opt("a", 0), new Opt("b", 2), new Opt("c", 4))
        .Criterion("B", "Bao bì", new Opt("a", 1), new Opt("b", 3))
        .Criterion("C", "Thị trường", new Opt("a", 0), new Opt("b", 5)));

    private static readonly Core.Criteria.Rulebook Older = TestRulebookBuilder.Single(s => s
        .Criterion("A", "Nguyên liệu", new Opt("a", 1), new Opt("b", 3))
        .Criterion("Z", "Tiêu chí cũ", new Opt("a", 0), new Opt("b", 2)), id: "old");

    private static Dictionary<string, string> D(params (string K, string V)[] kv) => kv.ToDictionary(x => x.K, x => x.V);

    [Fact]
    public void Changed_answers_in_sheet_order_with_points_of_each_option()
    {
        var changes = RecognitionChanges.Answers(Book, 1, D(("A", "b"), ("B", "a"), ("C", "b")), Book, 1, D(("A", "c"), ("B", "A"), ("C", "a")));
        Assert.Equal(2, changes.Count);
        Assert.Equal(new AnswerChange("A", "Nguyên liệu", "b", 2m, "c", 4m), changes[0]);
        Assert.Equal(2m, changes[0].Delta);
        Assert.Equal(new AnswerChange("C", "Thị trường", "b", 5m, "a", 0m), changes[1]);
        Assert.Equal(-5m, changes[1].Delta);
    }

    [Fact]
    public void Unanswered_on_one_side_and_identical_sheets_are_handled()
    {
        Assert.Empty(RecognitionChanges.Answers(Book, 1, D(("A", "b")), Book, 1, D(("A", " B "))));
        var c = Assert.Single(RecognitionChanges.Answers(Book, 1, D(), Book, 1, D(("B", "b"))));
        Assert.Equal(("B", (string?)null, (decimal?)null, "b", 3m, (decimal?)null), (c.Code, c.Before, c.BeforePoints, c.After, c.AfterPoints, c.Delta));
    }

    [Fact]
    public void A_different_rulebook_scores_each_side_on_its_own_sheet_and_lists_dropped_criteria()
    {
        var changes = RecognitionChanges.Answers(Older, 1, D(("A", "b"), ("Z", "b")), Book, 1, D(("A", "b"), ("B", "a"), ("C", "a")));
        // A: same letter, but the letters are compared, not points — no change.
        Assert.Equal(["B", "C", "Z"], changes.Select(x => x.Code));
        Assert.Equal(new AnswerChange("Z", "Tiêu chí cũ", "b", 2m, null, null), changes[2]);
        // No earlier rulebook (unknown): changes still listed, without the old points.
        Assert.Null(RecognitionChanges.Answers(null, 1, D(("A", "a")), Book, 1, D(("A", "c")))[0].BeforePoints);
    }

    [Fact]
    public void Unknown_sheet_throws() =>
        Assert.Throws<ArgumentException>(() => RecognitionChanges.Answers(Book, 1, D(), Book, 9, D()));

    [Fact]
    public void Field_changes_ignore_blank_versus_missing_and_surrounding_spaces()
    {
        var f = RecognitionChanges.Fields([("Tên sản phẩm", "Bí xanh", "Bí xanh thơm"), ("Email", null, " "), ("Điện thoại", "0912 ", "0912"), ("Địa chỉ", "Ba Bể", null)]);
        Assert.Equal([new FieldChange("Tên sản phẩm", "Bí xanh", "Bí xanh thơm"), new FieldChange("Địa chỉ", "Ba Bể", null)], f);
    }
}
