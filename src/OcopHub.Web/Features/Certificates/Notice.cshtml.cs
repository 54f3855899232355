using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>
/// Thông báo kết quả for a product not recognised: what the producer, its commune and the province read — the
/// council's result and explanation, the criteria to raise — with the PDF notice. Scoped like the dossier.
/// </summary>
public sealed class NoticeModel(ResultQueries queries) : PageModel
{
    public ResultQueries.NoticeData Notice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.NoticeAsync(id, UserScope.From(User), ct) is not { } n) return NotFound();
        Notice = n;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct) =>
        await queries.NoticeAsync(id, UserScope.From(User), ct) is { } n
            ? File(ResultNotice.Pdf(n), "application/pdf", $"thong-bao-ket-qua-ho-so-{id}.pdf")
            : NotFound();
}
