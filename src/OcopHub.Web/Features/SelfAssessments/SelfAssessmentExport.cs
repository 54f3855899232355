using MiniExcelLibs;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;
using OcopHub.Web.Infrastructure.Pdf;

namespace OcopHub.Web.Features.SelfAssessments;

/// <summary>The self-assessment as a spreadsheet: one row per criterion with the chosen option and its points, then the result.</summary>
public static class SelfAssessmentExport
{
    public static byte[] Xlsx(SelfAssessment draft, string producer, string rulebook, RulebookDtos.SheetDto sheet,
        IReadOnlyDictionary<string, string> answers, SelfAssessmentScorer.Outcome outcome)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var part in sheet.Parts)
        foreach (var group in part.Groups)
        foreach (var c in group.Criteria)
        {
            var answer = answers.GetValueOrDefault(c.Code);
            var option = c.Options.FirstOrDefault(o => o.Letter == answer);
            rows.Add(Row(part.Code, group.No.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Code, c.Title,
                answer is null ? "(chưa trả lời)" : answer == "none" ? "Không đáp ứng" : $"{answer}. {option?.Text}",
                answer is null ? null : option?.Points ?? 0m, c.Max,
                string.Join(", ", c.Options.Where(o => o.MinimumForStars is not null).Select(o => $"{o.Letter}: {o.MinimumForStars}★"))));
        }
        var r = outcome.Result;
        rows.Add(Row("", "", "", "", "", null, null, ""));
        rows.Add(Row("", "", "", "Tổng điểm", r is null ? $"Chưa đủ ({outcome.Answered}/{outcome.Criteria} tiêu chí)" : r.AverageRounded.ToString("0.##"), r?.AverageRounded, 100m, ""));
        rows.Add(Row("", "", "", "Hạng sao dự kiến", r?.AwardedStars is { } s ? $"{s} sao" : "Chưa đủ điều kiện", null, null, ""));
        if (r is not null) rows.Add(Row("", "", "", "Giải thích", r.Explanation.Vi, null, null, ""));
        if (outcome.Gap is { } gap) rows.Add(Row("", "", "", "Để đạt hạng tiếp theo", gap.Explanation.Vi, null, null, ""));

        var info = new List<Dictionary<string, object?>>
        {
            new() { ["Mục"] = "Sản phẩm", ["Nội dung"] = Safe(draft.ProductName) },
            new() { ["Mục"] = "Chủ thể", ["Nội dung"] = Safe(producer) },
            new() { ["Mục"] = "Bộ sản phẩm", ["Nội dung"] = $"{sheet.Set.No}. {sheet.Set.Name}" },
            new() { ["Mục"] = "Bộ tiêu chí", ["Nội dung"] = rulebook },
            new() { ["Mục"] = "Cập nhật", ["Nội dung"] = draft.UpdatedAt.AddHours(7).ToString("dd/MM/yyyy HH:mm") },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Phiếu tự đánh giá"] = rows, ["Thông tin"] = info });
        return stream.ToArray();
    }

    /// <summary>The printed sheet: every criterion with the ticked option and points, the result and what to improve.</summary>
    public static byte[] Pdf(SelfAssessment draft, string producer, string rulebook, RulebookDtos.SheetDto sheet,
        IReadOnlyDictionary<string, string> answers, SelfAssessmentScorer.Outcome outcome)
    {
        var pdf = new PdfDocumentBuilder()
            .Metadata(title: $"Phiếu tự đánh giá – {draft.ProductName}", author: producer, subject: "Tự đánh giá sản phẩm OCOP (Mẫu 02)")
            .Footer($"OCOP Hub · Phiếu tự đánh giá số {draft.Id}")
            .Title("PHIẾU TỰ ĐÁNH GIÁ SẢN PHẨM OCOP")
            .KeyValues([
                new("Tên sản phẩm", draft.ProductName), new("Chủ thể", producer),
                new("Bộ sản phẩm", $"{sheet.Set.No}. {sheet.Set.Name}"), new("Bộ tiêu chí", rulebook),
                new("Ngày cập nhật", draft.UpdatedAt.AddHours(7).ToString("dd/MM/yyyy HH:mm")),
            ]);
        foreach (var part in sheet.Parts)
        {
            pdf.Heading($"Phần {part.Code}. {part.Title} ({part.Max:0.##} điểm)", 2);
            var rows = new List<PdfRow>();
            foreach (var group in part.Groups)
            foreach (var c in group.Criteria)
            {
                var answer = answers.GetValueOrDefault(c.Code);
                var option = c.Options.FirstOrDefault(o => o.Letter == answer);
                var minima = string.Join(" ", c.Options.Where(o => o.MinimumForStars is not null).Select(o => $"{o.Letter}:{o.MinimumForStars}★"));
                rows.Add(new PdfRow(c.Code, c.Title,
                    answer is null ? "(chưa trả lời)" : answer == "none" ? "Không đáp ứng" : $"{answer}. {option?.Text}",
                    minima, answer is null ? "" : (option?.Points ?? 0m).ToString("0.##"), c.Max.ToString("0.##"))
                { Highlight = option?.MinimumForStars is not null });
            }
            pdf.Table([new("Mã", 0.6f), new("Tiêu chí", 2.2f), new("Lựa chọn", 3f), new("Tối thiểu", 0.9f), new("Điểm", 0.6f, PdfAlign.Right), new("Tối đa", 0.6f, PdfAlign.Right)], rows, fontSize: 8.5f);
        }
        pdf.Heading("Kết quả", 2);
        if (outcome.Result is { } r)
        {
            pdf.KeyValues([
                new("Tổng điểm", r.AverageRounded.ToString("0.##") + "/100"),
                new("Theo phần", string.Join("; ", r.Members[0].Parts.Select(p => $"{p.Code}: {p.Points:0.##}/{p.Max:0.##}"))),
                new("Hạng sao dự kiến", r.AwardedStars is { } s ? $"{s} sao" : "Chưa đủ điều kiện công nhận"),
            ]);
            pdf.Paragraph(r.Explanation.Vi);
            if (outcome.Gap is { } gap) pdf.Paragraph("Để đạt hạng tiếp theo: " + gap.Explanation.Vi, italic: true);
        }
        else
        {
            pdf.Paragraph($"Chưa đủ câu trả lời để tính kết quả ({outcome.Answered}/{outcome.Criteria} tiêu chí). Chưa trả lời: {string.Join(", ", outcome.Missing.Select(c => c.Code))}.");
        }
        pdf.Signature(new PdfSignature("ĐẠI DIỆN CHỦ THỂ", Date: null));
        return pdf.Build();
    }

    private static Dictionary<string, object?> Row(string part, string group, string code, string criterion, string choice, decimal? points, decimal? max, string minima) => new()
    {
        ["Phần"] = part, ["Nhóm"] = group, ["Mã"] = code, ["Tiêu chí"] = Safe(criterion), ["Lựa chọn"] = Safe(choice),
        ["Điểm"] = points, ["Tối đa"] = max, ["Mức tối thiểu (sao)"] = minima,
    };

    private static string Safe(string text) => SpreadsheetSafety.Neutralise(text);
}
