using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Certificates;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Portal.Verification;

/// <summary>Xác minh giấy chứng nhận: public, what the QR code opens. Shows only what is printed on the certificate, and its status today.</summary>
[EnableRateLimiting(SecuritySetup.PublicRateLimit)]
public sealed class IndexModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public string? Query { get; private set; }
    public PublicCertificateDto? Result { get; private set; }
    public bool NotFoundNumber { get; private set; }

    public async Task OnGetAsync(string? number, string? q, CancellationToken ct)
    {
        Query = (number ?? q)?.Trim();
        if (string.IsNullOrEmpty(Query)) return;
        var c = await CertificateEndpoints.FindPublicAsync(db, Query, ct);
        if (c is null)
        {
            NotFoundNumber = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Result = CertificateMapping.Public(c, VietnamTime.Today(clock));
        Query = Result.Number; // show the number as printed, whatever form the link used
    }
}
