using System.Globalization;
using System.Security.Claims;
using MiniExcelLibs;
using OcopHub.Core.Councils;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure.Pdf;

namespace OcopHub.Web.Features.Councils;

/// <summary>Biên bản chấm điểm of the council for one dossier, as PDF and Excel, from the closed evaluation.</summary>
public sealed class CouncilMinutes(CouncilScoring scoring)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<(byte[]?, WorkflowResult)> PdfAsync(int dossierId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (m, result) = await scoring.MinutesAsync(dossierId, user, ct);
        if (m is null) return (null, result);
        var e = m.Evaluation;
        var pdf = new PdfDocumentBuilder().Metadata(title: $"Biên bản chấm điểm hồ sơ {m.Dossier.Id}", author: m.Council.Name)
            .Title(m.Level == CouncilLevel.Central ? "BIÊN BẢN CHẤM ĐIỂM, PHÂN HẠNG SẢN PHẨM OCOP CẤP TRUNG ƯƠNG" : "BIÊN BẢN CHẤM ĐIỂM, PHÂN HẠNG SẢN PHẨM OCOP")
            .KeyValue("Hội đồng", m.Council.Name)
            .KeyValue("Hình thức đánh giá", Form(m.Form))
            .KeyValue("Sản phẩm", m.Dossier.ProductName)
            .KeyValue("Chủ thể", m.Dossier.UnitName)
            .KeyValue("Số phiếu tiếp nhận", m.Dossier.ReceiptNumber)
            .KeyValue("Thành viên có mặt", string.Join(", ", m.Totals.Select(t => t.MemberName)))
            .KeyValue("Thành viên không tham gia chấm", string.Join("; ", m.Sheets.Where(s => s.RecusedAt is not null).Select(s => $"{s.MemberName} ({s.RecusalReason})")) is { Length: > 0 } r ? r : "Không");
        var parts = m.Totals.SelectMany(t => t.Parts.Select(p => p.Code)).Distinct().ToList();
        var columns = new List<PdfColumn> { new("Thành viên", 2.2f) };
        columns.AddRange(parts.Select(p => new PdfColumn($"Phần {p}", 1f, PdfAlign.Right)));
        columns.Add(new PdfColumn("Tổng điểm", 1f, PdfAlign.Right));
        pdf.Spacer(3).Table(columns, m.Totals.Select(t => new PdfRow(
            [t.MemberName, .. parts.Select(p => Num(t.Parts.FirstOrDefault(x => x.Code == p)?.Points ?? 0m)), Num(t.Total)])));
        pdf.Spacer(3)
            .KeyValue("Điểm trung bình", Num(e.Average))
            .KeyValue("Chênh lệch điểm", Num(e.Spread))
            .KeyValue("Kết quả", e.Stars is { } stars ? $"{stars} sao" : "Không xếp hạng")
            .KeyValue("Kiến nghị", Outcome(e.Outcome))
            .Paragraph(e.ExplanationVi, italic: true)
            .Spacer(8)
            .Signatures(new PdfSignature("CHỦ TỊCH HỘI ĐỒNG", Name(m, m.Council.ChairUserId)), new PdfSignature("THƯ KÝ HỘI ĐỒNG", m.Council.SecretaryUserId is { } s ? Name(m, s) : null));
        return (pdf.Build(), WorkflowResult.Done);
    }

    public async Task<(byte[]?, WorkflowResult)> ExcelAsync(int dossierId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (m, result) = await scoring.MinutesAsync(dossierId, user, ct);
        if (m is null) return (null, result);
        var rows = m.Totals.Select(t =>
        {
            var row = new Dictionary<string, object?> { ["Thành viên"] = t.MemberName };
            foreach (var p in t.Parts) row[$"Phần {p.Code}"] = p.Points;
            row["Tổng điểm"] = t.Total;
            return row;
        }).ToList();
        var e = m.Evaluation;
        var info = new List<Dictionary<string, object?>>
        {
            new() { ["Nội dung"] = "Hội đồng", ["Giá trị"] = m.Council.Name },
            new() { ["Nội dung"] = "Cấp", ["Giá trị"] = m.Level.Vi() },
            new() { ["Nội dung"] = "Hình thức đánh giá", ["Giá trị"] = Form(m.Form) },
            new() { ["Nội dung"] = "Sản phẩm", ["Giá trị"] = m.Dossier.ProductName },
            new() { ["Nội dung"] = "Điểm trung bình", ["Giá trị"] = e.Average },
            new() { ["Nội dung"] = "Chênh lệch điểm", ["Giá trị"] = e.Spread },
            new() { ["Nội dung"] = "Số sao", ["Giá trị"] = e.Stars },
            new() { ["Nội dung"] = "Kiến nghị", ["Giá trị"] = Outcome(e.Outcome) },
            new() { ["Nội dung"] = "Giải thích", ["Giá trị"] = e.ExplanationVi },
        };
        info.AddRange(m.Sheets.Where(s => s.RecusedAt is not null).Select(s => new Dictionary<string, object?> { ["Nội dung"] = "Không tham gia chấm", ["Giá trị"] = $"{s.MemberName}: {s.RecusalReason}" }));
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Điểm thành viên"] = rows, ["Biên bản"] = info });
        return (stream.ToArray(), WorkflowResult.Done);
    }

    private static string Num(decimal d) => d.ToString("0.##", Vi);

    private static string? Name(CouncilScoring.MinutesData m, string userId) => m.Council.Members.FirstOrDefault(x => x.UserId == userId)?.FullName;

    /// <summary>"Họp Hội đồng", "Lấy ý kiến bằng văn bản", or the written consultation that became a meeting, with the reason.</summary>
    internal static string Form(ScoringFormDto f) => f.SwitchedToMeetingAt is { } at
        ? $"Lấy ý kiến bằng văn bản, chuyển sang họp trực tiếp ngày {at.AddHours(7):dd/MM/yyyy} ({f.MeetingReason})"
        : f.FormName;

    private static string Outcome(string outcome) => Enum.TryParse<CentralOutcome>(outcome, out var central) ? central.Vi()
        : Enum.TryParse<ProvincialOutcome>(outcome, out var o) ? o switch
    {
        ProvincialOutcome.ForwardToMinistry => "Đạt từ 90 điểm: đề nghị Bộ đánh giá, công nhận 5 sao",
        ProvincialOutcome.RecogniseAtProvince => "UBND tỉnh công nhận sản phẩm 3 hoặc 4 sao",
        _ => "Không công nhận (dưới 50 điểm)",
    } : outcome;
}
