using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Producers;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Products;

/// <summary>Products (sản phẩm OCOP), region-scoped on every read and write; a producer login works on its own products.</summary>
public static class ProductEndpoints
{
    public sealed record PhotoDto(int Id, string ContentType, long SizeBytes, string? Caption, string Url);

    public sealed record ProductDto(int Id, string Name, string OcopCode, int? CurrentStars, string RulebookId, int ProductSetNo, string SectorCode,
        int ProducerId, string ProducerName, string ProvinceCode, string CommuneCode, string CommuneName, string? Gtin, string Status,
        string? Description, string? Story, string? Packaging, string? Label, int? ShelfLifeDays, string? Standards,
        string? TrademarkNumber, string? GeographicalIndication, string? CollectiveMark, long Version,
        IReadOnlyList<OcopRecordDto> History, IReadOnlyList<PhotoDto> Photos);

    /// <summary>
    /// One OCOP result as read: what <see cref="OcopRecordInput"/> takes (so a product read can be sent back as is), plus
    /// who recognised it as a reader expects ("UBND huyện Ba Bể (cũ)", "UBND tỉnh", "Bộ NN&amp;MT"), the rulebook's name
    /// and the revocation recorded by the certificates feature.
    /// </summary>
    public sealed record OcopRecordDto(int Id, int EvaluationYear, int Stars, decimal? Points, string? RulebookId, string? RulebookName,
        string? Level, string? LevelName, string? DistrictCode, string? DistrictName, string? CouncilLevel, string? CouncilName,
        string? DecisionNumber, DateOnly? DecisionDate, string? CertificateNumber, DateOnly? IssuedOn, DateOnly? ExpiresOn, DateOnly? RevokedOn);

    public static void MapProductEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/products").WithTags("Sản phẩm OCOP").RequireAuthorization(Policies.SignedIn);

        g.MapGet("/", async (OcopDbContext db, HttpContext http, [AsParameters] ProductFilter filter, CancellationToken ct) =>
        {
            var (number, size) = filter.Paging();
            var (items, total) = await ProductSearch.PageAndTotalAsync(db, UserScope.From(http.User), filter, ct);
            return TypedResults.Ok(new ProducerEndpoints.PagedList<ProductSearch.Row>(items, total, number, size));
        }).WithSummary("Tìm sản phẩm trong phạm vi (không dấu; lọc theo tỉnh, xã, ngành, bộ, số sao; phân trang)");

        g.MapGet("/{id:int}", async Task<Results<Ok<ProductDto>, ProblemHttpResult>> (int id, OcopDbContext db, RulebookCatalog rulebooks, HttpContext http, CancellationToken ct) =>
            await LoadAsync(db, UserScope.From(http.User), id, ct) is { } p ? TypedResults.Ok(Dto(p, rulebooks)) : NotFound(id))
            .WithSummary("Một sản phẩm (404 nếu ngoài phạm vi)");

        g.MapPost("/", async Task<Results<Created<ProductDto>, ValidationProblem, ProblemHttpResult>> (ProductInput input, OcopDbContext db, ProductRules rules, RulebookCatalog rulebooks, HttpContext http, CancellationToken ct) =>
        {
            var scope = UserScope.From(http.User);
            var (ok, errors) = await rules.ValidateAsync(input, scope, null, ct);
            if (ok is null) return TypedResults.ValidationProblem(errors, title: "Dữ liệu sản phẩm không hợp lệ");
            var product = new Product();
            rules.Apply(product, input, ok);
            await rules.CreateAsync(product, input.CodeYear, ct);
            return TypedResults.Created($"/api/v1/products/{product.Id}", Dto((await LoadAsync(db, scope, product.Id, ct))!, rulebooks));
        }).RequireAuthorization(Policies.ProducerEditor).WithSummary("Tạo sản phẩm (mã số OCOP được cấp tự động nếu không nhập)");

        g.MapPut("/{id:int}", async Task<Results<Ok<ProductDto>, ValidationProblem, ProblemHttpResult>> (int id, ProductInput input, OcopDbContext db, ProductRules rules, RulebookCatalog rulebooks, HttpContext http, CancellationToken ct) =>
        {
            var scope = UserScope.From(http.User);
            var product = await LoadAsync(db, scope, id, ct, tracking: true);
            if (product is null) return NotFound(id);
            var (ok, errors) = await rules.ValidateAsync(input, scope, id, ct);
            if (input.Version is null) errors["version"] = ["Thiếu version (lấy từ lần đọc gần nhất) để phát hiện sửa đồng thời."];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Dữ liệu sản phẩm không hợp lệ");
            db.Entry(product).Property(p => p.Version).OriginalValue = input.Version!.Value;
            rules.Apply(product, input, ok!);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Conflict(); }
            return TypedResults.Ok(Dto((await LoadAsync(db, scope, id, ct))!, rulebooks));
        }).RequireAuthorization(Policies.ProducerEditor).WithSummary("Sửa sản phẩm (cần version)");

        g.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, OcopDbContext db, PhotoStore photos, HttpContext http, CancellationToken ct) =>
        {
            var product = await LoadAsync(db, UserScope.From(http.User), id, ct, tracking: true);
            if (product is null) return NotFound(id);
            var files = product.Photos.Select(p => p.StoredName).ToList();
            db.Products.Remove(product);
            await db.SaveChangesAsync(ct);
            foreach (var f in files) photos.Delete(id, f);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.ProducerEditor).WithSummary("Xoá sản phẩm");

        g.MapPost("/{id:int}/history", async Task<Results<Created<ProductDto>, ValidationProblem, ProblemHttpResult>> (int id, HistoricalResultInput input, OcopDbContext db,
            HistoricalResults results, RulebookCatalog rulebooks, HttpContext http, CancellationToken ct) =>
        {
            var scope = UserScope.From(http.User);
            var product = await LoadAsync(db, scope, id, ct, tracking: true);
            if (product is null) return NotFound(id);
            try
            {
                var (record, errors) = await results.AddAsync(product, input, ct);
                if (errors.TryGetValue("conflict", out var conflict))
                    return TypedResults.Problem(title: "Kết quả đã có", detail: conflict[0], statusCode: StatusCodes.Status409Conflict);
                if (record is null) return TypedResults.ValidationProblem(errors, title: "Kết quả OCOP không hợp lệ");
            }
            catch (DbUpdateConcurrencyException) { return Conflict(); }
            return TypedResults.Created($"/api/v1/products/{id}", Dto((await LoadAsync(db, scope, id, ct))!, rulebooks));
        }).RequireAuthorization(Policies.RecognitionAuthority)
          .WithSummary("Thêm kết quả OCOP trước đây (cấp huyện trước 01/7/2025, cấp tỉnh, cấp trung ương), kiểm tra theo quy trình của bộ tiêu chí đã áp dụng");

        // Bearer-token clients upload here; the pages use their own antiforgery-protected form. The auth cookie is
        // SameSite=Lax, so a cross-site form cannot carry it to this endpoint.
        g.MapPost("/{id:int}/photos", async Task<Results<Created<PhotoDto>, ValidationProblem, ProblemHttpResult>> (int id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? caption,
            OcopDbContext db, PhotoStore photos, HttpContext http, CancellationToken ct) =>
        {
            var product = await db.Products.InScope(UserScope.From(http.User)).FirstOrDefaultAsync(p => p.Id == id, ct);
            if (product is null) return NotFound(id);
            var (photo, error) = await AddPhotoAsync(db, photos, id, file, caption, ct);
            if (photo is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [error!] }, title: "Ảnh không hợp lệ");
            return TypedResults.Created(PhotoUrl(id, photo.Id), ToDto(id, photo));
        }).RequireAuthorization(Policies.ProducerEditor).DisableAntiforgery().WithSummary("Tải ảnh sản phẩm (JPEG, PNG, WebP; tối đa 5 MB)");

        g.MapGet("/{id:int}/photos/{photoId:int}", async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> (int id, int photoId, OcopDbContext db, PhotoStore photos, HttpContext http, CancellationToken ct) =>
        {
            var photo = await db.Products.InScope(UserScope.From(http.User)).Where(p => p.Id == id)
                .SelectMany(p => p.Photos).FirstOrDefaultAsync(p => p.Id == photoId, ct);
            var path = photo is null ? null : photos.PathOf(id, photo.StoredName);
            if (photo is null || !File.Exists(path)) return NotFound(id);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return TypedResults.PhysicalFile(path, photo.ContentType);
        }).WithSummary("Tải xuống ảnh sản phẩm");

        g.MapDelete("/{id:int}/photos/{photoId:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, int photoId, OcopDbContext db, PhotoStore photos, HttpContext http, CancellationToken ct) =>
        {
            var inScope = await db.Products.InScope(UserScope.From(http.User)).AnyAsync(p => p.Id == id, ct);
            var photo = inScope ? await db.ProductPhotos.FirstOrDefaultAsync(p => p.Id == photoId && p.ProductId == id, ct) : null;
            if (photo is null) return NotFound(id);
            db.ProductPhotos.Remove(photo);
            await db.SaveChangesAsync(ct);
            photos.Delete(id, photo.StoredName);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.ProducerEditor).WithSummary("Xoá ảnh sản phẩm");
    }

    /// <summary>Checks, stores and records one photo (shared by the API and the details page).</summary>
    public static async Task<(ProductPhoto? Photo, string? Error)> AddPhotoAsync(OcopDbContext db, PhotoStore photos, int productId, IFormFile? file, string? caption, CancellationToken ct)
    {
        if (file is null) return (null, "Vui lòng chọn tệp ảnh.");
        if (await db.ProductPhotos.CountAsync(p => p.ProductId == productId, ct) >= PhotoStore.MaxPerProduct)
            return (null, $"Mỗi sản phẩm tối đa {PhotoStore.MaxPerProduct} ảnh.");
        var (stored, type, error) = await photos.SaveAsync(productId, file, ct);
        if (stored is null) return (null, error);
        var photo = new ProductPhoto { ProductId = productId, StoredName = stored, ContentType = type!, SizeBytes = file.Length, Caption = ProducerRules.Clean(caption) is { } c && c.Length > 300 ? c[..300] : ProducerRules.Clean(caption) };
        db.ProductPhotos.Add(photo);
        try { await db.SaveChangesAsync(ct); }
        catch { photos.Delete(productId, stored); throw; }
        return (photo, null);
    }

    public static Task<Product?> LoadAsync(OcopDbContext db, UserScope scope, int id, CancellationToken ct, bool tracking = false)
    {
        var q = db.Products.InScope(scope).Include(p => p.Producer).Include(p => p.CommuneUnit).Include(p => p.History).Include(p => p.Photos).AsSplitQuery();
        return (tracking ? q : q.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    public static string PhotoUrl(int productId, int photoId) => $"/api/v1/products/{productId}/photos/{photoId}";

    private static PhotoDto ToDto(int productId, ProductPhoto p) => new(p.Id, p.ContentType, p.SizeBytes, p.Caption, PhotoUrl(productId, p.Id));

    public static ProductDto Dto(Product p, RulebookCatalog rulebooks) => new(p.Id, p.Name, p.OcopCode, p.CurrentStars, p.RulebookId, p.ProductSetNo, p.SectorCode,
        p.ProducerId, p.Producer?.Name ?? "", p.ProvinceCode, p.CommuneCode, p.CommuneUnit?.FullName ?? "", p.Gtin, p.Status.ToString(),
        p.Description, p.Story, p.Packaging, p.Label, p.ShelfLifeDays, p.Standards, p.TrademarkNumber, p.GeographicalIndication, p.CollectiveMark, p.Version,
        HistoryLabels.InOrder(p.History).Select(h => RecordDto(h, rulebooks)).ToList(),
        p.Photos.OrderBy(x => x.Id).Select(x => ToDto(p.Id, x)).ToList());

    public static OcopRecordDto RecordDto(ProductOcopRecord h, RulebookCatalog rulebooks) => new(h.Id, h.EvaluationYear, h.Stars, h.Points,
        h.RulebookId, rulebooks.Find(h.RulebookId)?.Name, h.Level, HistoryLabels.Issuer(h), h.DistrictCode, h.DistrictName, h.CouncilLevel,
        HistoryLabels.Council(h), h.DecisionNumber, h.DecisionDate, h.CertificateNumber, h.IssuedOn, h.ExpiresOn, h.RevokedOn);

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(title: "Không tìm thấy sản phẩm", detail: $"Không có sản phẩm số {id} trong phạm vi của bạn.", statusCode: 404);

    private static ProblemHttpResult Conflict() =>
        StaleEdit.Problem("Hãy tải lại sản phẩm và áp dụng lại thay đổi của bạn.");
}
