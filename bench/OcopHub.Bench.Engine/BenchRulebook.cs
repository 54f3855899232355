using OcopHub.Core.Criteria;

namespace OcopHub.Bench.Engine;

/// <summary>Where the benchmark's rulebook comes from.</summary>
internal static class BenchRulebook
{
    /// <summary>
    /// The real rulebook (data/reference/rulebooks/26-2026.json, or --rulebook PATH); the built-in set-8-shaped
    /// sheet only when the file cannot be found (e.g. the benchmark copied elsewhere), and the output says which.
    /// </summary>
    public static (Rulebook Rulebook, string Source) Load(string? path)
    {
        path ??= FindDefaultPath();
        if (path is not null && File.Exists(path)) return (RulebookJson.Parse(File.ReadAllText(path)), path);
        return (BuiltIn(), "built-in set-8-shaped sheet (QĐ 26/2026 Phụ lục II, bộ 8)");
    }

    /// <summary>Walks up from the working directory to find the repository's data file.</summary>
    private static string? FindDefaultPath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "reference", "rulebooks", "26-2026.json");
            if (File.Exists(candidate)) return candidate;
            if (File.Exists(Path.Combine(dir.FullName, "OcopHub.slnx"))) return null;
        }
        return null;
    }

    // Set 8 of QĐ 26/2026 Phụ lục II as a table: part, group, code, "none" allowed, option points, star marks
    // (0 = none), knock-out option letter. Letters are a, b, c … in printed order.
    private static readonly (string Part, int Group, string Code, bool None, decimal[] Points, int[] Marks, bool KnockOut)[] Set8 =
    [
        ("A", 1, "1.1", false, [1, 2, 3, 0], [3, 0, 0, 0], true),
        ("A", 1, "1.2", false, [0, 1, 2], [0, 0, 0], false),
        ("A", 1, "1.3", true, [1, 2, 3], [0, 0, 0], false),
        ("A", 1, "1.4", true, [1, 2, 3], [0, 0, 0], false),
        ("A", 1, "1.5", false, [0, 1, 2, 3], [0, 0, 4, 5], false),
        ("A", 1, "1.6", true, [1, 2, 3], [4, 0, 0], false),
        ("A", 1, "1.7", false, [0, 1], [0, 0], false),
        ("A", 2, "2.1", true, [1, 2, 3, 0], [0, 0, 4, 0], true),
        ("A", 2, "2.2", false, [0, 1, 2, 3], [0, 0, 3, 0], false),
        ("A", 2, "2.3", true, [1, 2, 3], [3, 0, 4], false),
        ("A", 2, "2.4", false, [1, 0], [0, 0], false),
        ("A", 3, "3.1", true, [1, 2, 3], [0, 0, 0], false),
        ("A", 3, "3.2", false, [0, 1], [0, 0], false),
        ("A", 3, "3.3", true, [1, 2, 3], [0, 0, 0], false),
        ("A", 3, "3.4", true, [1, 2], [0, 4], false),
        ("A", 3, "3.5", true, [1, 2, 3], [3, 4, 0], false),
        ("B", 4, "4.1", true, [1, 2, 3, 5], [0, 3, 4, 5], false),
        ("B", 4, "4.2", false, [0, 1, 2, 3], [0, 0, 0, 0], false),
        ("B", 4, "4.3", false, [0, 1, 2, 3, 5], [0, 0, 0, 0, 0], false),
        ("B", 5, "5.1", false, [0, 1, 2, 3, 5], [0, 0, 0, 0, 4], false),
        ("B", 5, "5.2", true, [0, 1, 2], [0, 0, 0], false),
        ("B", 5, "5.3", false, [0, 1, 3, 5], [0, 3, 0, 0], false),
        ("C", 6, "6.1", false, [0, 1, 2, 0], [0, 0, 4, 0], true),
        ("C", 6, "6.2", false, [0, 1, 2, 3], [0, 0, 0, 0], false),
        ("C", 6, "6.3", false, [0, 1, 2, 3], [0, 0, 4, 5], false),
        ("C", 6, "6.4", false, [0, 1, 2, 3], [0, 0, 4, 5], false),
        ("C", 6, "6.5", false, [0, 1, 2, 4], [0, 0, 4, 5], false),
        ("C", 7, "7", false, [0, 1, 3, 5], [0, 0, 4, 5], false),
        ("C", 8, "8", true, [2, 4, 5], [3, 0, 0], false),
        ("C", 9, "9", true, [1, 3, 5], [3, 4, 0], false),
        ("C", 10, "10", true, [1, 2], [0, 0], false),
        ("C", 11, "11", true, [1, 2, 3], [0, 0, 0], false),
    ];

    private static Rulebook BuiltIn()
    {
        var parts = Set8.GroupBy(r => r.Part).Select(part =>
        {
            var groups = part.GroupBy(r => r.Group).Select(g =>
            {
                var criteria = g.Select(ToCriterion).ToList();
                return new CriteriaGroup(g.Key, $"Nhóm {g.Key}", criteria.Sum(c => c.Max), criteria);
            }).ToList();
            return new SheetPart(part.Key, $"Phần {part.Key}", groups.Sum(g => g.Max), groups);
        }).ToList();
        var sheet = new ScoreSheet(8, parts,
            [new("gia-mao", "Giả mạo hồ sơ"), new("attp", "Không tuân thủ quy định về giấy chứng nhận ATTP"), new("ho-so-dang-ky", "Không đáp ứng Hồ sơ đăng ký")], []);
        var set = new ProductSet(8, "Chế biến từ thịt, thủy sản, trứng, sữa …", "Processed meat, fish, eggs, milk …", "Bộ NN&MT", null);
        return new Rulebook("bench-26-2026", "Bộ tiêu chí benchmark", "QĐ 26/2026/QĐ-TTg (shape only)", new DateOnly(2026, 5, 22), null,
            [new Sector("I", "Thực phẩm", "Food", [new ProductGroup(1, "Nông sản chế biến", "Processed farm produce", [set])])],
            [new(1, 0, 30, ""), new(2, 30, 50, ""), new(3, 50, 70, "UBND tỉnh"), new(4, 70, 90, "UBND tỉnh"), new(5, 90, null, "Bộ NN&MT")],
            [sheet]);
    }

    private static Criterion ToCriterion((string Part, int Group, string Code, bool None, decimal[] Points, int[] Marks, bool KnockOut) row)
    {
        var yesNo = row.Code == "2.4";
        var options = row.Points.Select((p, i) =>
        {
            var letter = yesNo ? (i == 0 ? "yes" : "no") : ((char)('a' + i)).ToString();
            var knockOut = row.KnockOut && i == row.Points.Length - 1;
            return new CriterionOption($"{row.Code}.{letter}", letter, letter, p, row.Marks[i] == 0 ? null : row.Marks[i],
                knockOut, knockOut ? "Bị loại" : null);
        }).ToList();
        return new Criterion(row.Code, $"Tiêu chí {row.Code}", row.Points.Max(), yesNo ? CriterionKind.YesNo : CriterionKind.SingleChoice,
            options, row.None, null, null, []);
    }
}
