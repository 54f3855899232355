using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Notifications;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Features.SelfAssessments;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>Creating and editing a dossier while the producer holds it (draft, or returned for completion), and its evidence.</summary>
public sealed class DossierDrafts(OcopDbContext db, RulebookCatalog catalog, EvidenceStore files, ICurrentActor actor, TimeProvider clock,
    DossierRecognition recognition, Notifier notifier)
{
    /// <summary>The producer and the officers who help it file (commune, province office) edit drafts; others read.</summary>
    public static bool CanEdit(ClaimsPrincipal user, Dossier d) =>
        d.State is DossierState.Draft or DossierState.ReturnedForCompletion
        && DossierAccess.ActorOf(user) is ActorRole.Producer or ActorRole.CommuneOfficer or ActorRole.ProvincialOffice;

    public async Task<(Dossier? Dossier, WorkflowResult Result)> CreateAsync(DossierInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (DossierAccess.ActorOf(user) is not ({ } role and (ActorRole.Producer or ActorRole.CommuneOfficer or ActorRole.ProvincialOffice)))
            return (null, WorkflowResult.Forbidden("Chỉ chủ thể OCOP hoặc cán bộ xã, cơ quan tham mưu cấp tỉnh lập hồ sơ."));
        if (input.ProductId is not { } productId) return (null, WorkflowResult.Invalid("productId", "Vui lòng chọn sản phẩm."));
        if (input.Type is not { } type || !Enum.IsDefined(type)) return (null, WorkflowResult.Invalid("type", "Vui lòng chọn lần đăng ký: lần đầu, nâng hạng hoặc đánh giá lại."));
        var product = await db.Products.InScope(UserScope.From(user)).Include(p => p.Producer).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return (null, WorkflowResult.Invalid("productId", "Không có sản phẩm này trong phạm vi của bạn."));
        if (await OpenDossierRefusalAsync(product, ct) is { } open) return (null, WorkflowResult.Conflict(open));
        var today = VietnamTime.Today(clock);
        var current = await recognition.CurrentAsync(product.Id, today, ct);
        if (DossierEligibility.RefusalToOpen(type, current?.Recognition) is { } refusal) return (null, WorkflowResult.Conflict(refusal));
        var rulebook = catalog.Current;
        if (catalog.FindSet(rulebook.Id, product.ProductSetNo) is not var (sector, _))
            return (null, WorkflowResult.Invalid("productId", $"Bộ sản phẩm {product.ProductSetNo} không có trong {rulebook.Name}; hãy cập nhật bộ sản phẩm của sản phẩm."));
        var now = clock.GetUtcNow().UtcDateTime;
        var p = product.Producer!;
        var d = new Dossier
        {
            ProductId = product.Id, ProducerId = product.ProducerId, ProvinceCode = product.ProvinceCode, CommuneCode = product.CommuneCode,
            Type = type, RulebookId = rulebook.Id, SetNo = product.ProductSetNo, SectorCode = sector.Code,
            UnitName = p.Name, Address = p.Address, LegalRepresentative = p.Representative, Phone = p.Phone, Email = p.Email,
            ProductName = product.Name, SampleCount = DossierRules.RequiredSamples(IsTourism(sector.Code)),
            BasedOnCertificateId = type == DossierType.FirstTime ? null : current?.Certificate?.Id,
            CreatedBy = actor.UserName, CreatedByRole = role.ToString(), CreatedAt = now, UpdatedAt = now,
        };
        var result = await ApplyAsync(d, input with { ProductId = null, Type = null }, ct);
        if (!result.Ok) return (null, result);
        db.Dossiers.Add(d);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another request opened a dossier for the product between the check and the insert: the unique index
            // (IX_Dossiers_OpenPerProduct) refused this one. SaveChanges rolled back to its savepoint, so the read works.
            if (await OpenDossierRefusalAsync(product, ct) is { } raced) return (null, WorkflowResult.Conflict(raced));
            throw;
        }
        if (role != ActorRole.Producer)
        {
            await notifier.AddToProducerAsync(d, $"Hồ sơ \"{d.ProductName}\" ({type.Vi()}) được lập thay mặt chủ thể bởi {actor.UserName} ({role.Vi()})", actor.UserId, ct);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return (d, new WorkflowResult(201));
    }

    /// <summary>One open dossier per product: the refusal when another dossier of the product is not in a terminal state.</summary>
    private async Task<string?> OpenDossierRefusalAsync(Product product, CancellationToken ct)
    {
        var open = await db.Dossiers.AsNoTracking()
            .Where(x => x.ProductId == product.Id
                && x.State != DossierState.Recognised && x.State != DossierState.NotRecognised && x.State != DossierState.Withdrawn && x.State != DossierState.Rejected)
            .OrderBy(x => x.Id).Select(x => new { x.Id, x.Type, x.State }).FirstOrDefaultAsync(ct);
        return open is null ? null : DossierEligibility.OpenDossierRefusal(product.Name, open.Id, open.Type, open.State);
    }

    public async Task<WorkflowResult> UpdateAsync(int id, DossierInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var d = await db.Dossiers.InScope(UserScope.From(user)).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return WorkflowResult.NotFound(id);
        if (!CanEdit(user, d))
            return d.State is DossierState.Draft or DossierState.ReturnedForCompletion
                ? WorkflowResult.Forbidden("Bạn không có thẩm quyền sửa hồ sơ này.")
                : WorkflowResult.Conflict($"Hồ sơ ở trạng thái \"{d.State.Vi()}\" không sửa được; chỉ sửa khi là bản nháp hoặc được trả lại để hoàn thiện.");
        if (input.Version is not { } version) return WorkflowResult.Invalid("version", "Thiếu version (lấy từ lần đọc gần nhất) để phát hiện sửa đồng thời.");
        if (input.ProductId is { } pid && pid != d.ProductId) return WorkflowResult.Invalid("productId", "Không đổi sản phẩm của hồ sơ; hãy lập hồ sơ mới.");
        db.Entry(d).Property(x => x.Version).OriginalValue = version;
        var result = await ApplyAsync(d, input, ct);
        if (!result.Ok) return result;
        d.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return WorkflowResult.Stale(); }
        return WorkflowResult.Done;
    }

    private async Task<WorkflowResult> ApplyAsync(Dossier d, DossierInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Type is { } t) d.Type = t;
        if (input.UnitName is not null) d.UnitName = Clean(input.UnitName, 300) ?? "";
        if (input.Address is not null) d.Address = Clean(input.Address, 500);
        if (input.LegalRepresentative is not null) d.LegalRepresentative = Clean(input.LegalRepresentative, 200);
        if (input.RepresentativePosition is not null) d.RepresentativePosition = Clean(input.RepresentativePosition, 100);
        if (input.Phone is not null) d.Phone = Clean(input.Phone, 20);
        if (input.Email is not null) d.Email = Clean(input.Email, 256);
        if (input.ProductName is not null) d.ProductName = Clean(input.ProductName, 300) ?? "";
        if (input.Attachments is not null) d.Attachments = Clean(input.Attachments, 4000);
        if (input.ChangesSinceRecognition is not null) d.ChangesSinceRecognition = Clean(input.ChangesSinceRecognition, 4000);
        if (input.SampleCount is { } n)
        {
            if (n is < 0 or > 100) errors["sampleCount"] = ["Số sản phẩm mẫu không hợp lệ."];
            else d.SampleCount = n;
        }
        var answers = input.Answers;
        if (input.CopyFromSelfAssessmentId is { } saId)
        {
            var sa = await db.SelfAssessments.FirstOrDefaultAsync(a => a.Id == saId && a.ProducerId == d.ProducerId, ct);
            if (sa is null) errors["copyFromSelfAssessmentId"] = ["Không có bản tự đánh giá này của chủ thể."];
            else if (sa.RulebookId != d.RulebookId || sa.SetNo != d.SetNo)
                errors["copyFromSelfAssessmentId"] = [$"Bản tự đánh giá dùng bộ {sa.SetNo} ({sa.RulebookId}), khác bộ của hồ sơ ({d.SetNo}, {d.RulebookId})."];
            else { answers = SelfAssessments.EditModel.Read(sa.AnswersJson); d.CopiedFromSelfAssessmentId = sa.Id; }
        }
        if (answers is not null)
        {
            var clean = answers.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key.Trim(), kv => kv.Value.Trim().ToLowerInvariant());
            var outcome = Score(d, clean);
            if (outcome.Problems.Count > 0) errors["answers"] = [.. outcome.Problems.Select(p => p.MessageVi).Distinct()];
            else
            {
                d.AnswersJson = JsonSerializer.Serialize(clean);
                d.SelfTotal = outcome.Result?.AverageRounded;
                d.SelfStars = outcome.Result?.AwardedStars;
            }
        }
        return errors.Count > 0 ? WorkflowResult.Invalid(errors) : WorkflowResult.Done;
    }

    public SelfAssessmentScorer.Outcome Score(Dossier d, IReadOnlyDictionary<string, string>? answers = null) =>
        SelfAssessmentScorer.Score(catalog.Find(d.RulebookId)!, d.SetNo, answers ?? SelfAssessments.EditModel.Read(d.AnswersJson));

    /// <summary>What Mẫu 01/02 still lack before the dossier can be filed; empty when complete.</summary>
    public Dictionary<string, string[]> Missing(Dossier d)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(d.UnitName)) errors["unitName"] = ["Mẫu 01: thiếu tên đơn vị."];
        if (string.IsNullOrWhiteSpace(d.LegalRepresentative)) errors["legalRepresentative"] = ["Mẫu 01: thiếu người đại diện theo pháp luật."];
        if (string.IsNullOrWhiteSpace(d.Phone) && string.IsNullOrWhiteSpace(d.Email)) errors["phone"] = ["Mẫu 01: cần ít nhất số điện thoại hoặc email liên hệ."];
        if (string.IsNullOrWhiteSpace(d.ProductName)) errors["productName"] = ["Mẫu 01: thiếu tên sản phẩm."];
        var required = DossierRules.RequiredSamples(IsTourism(d.SectorCode));
        if (d.SampleCount != required)
            errors["sampleCount"] = [required == 0 ? "Sản phẩm dịch vụ du lịch không gửi sản phẩm mẫu." : $"Cần gửi {required} sản phẩm mẫu (Điều 6.2.d)."];
        if (DossierRules.MustShowChangesSinceRecognition(d.Type) && string.IsNullOrWhiteSpace(d.ChangesSinceRecognition))
            errors["changesSinceRecognition"] = ["Hồ sơ nâng hạng phải nêu những thay đổi so với lần công nhận trước (Điều 6.1.b)."];
        var outcome = Score(d);
        if (!outcome.Complete) errors["answers"] = [$"Mẫu 02: mới tự đánh giá {outcome.Answered}/{outcome.Criteria} tiêu chí."];
        return errors;
    }

    /// <summary>Sector VI: community and eco-tourism services, which send no samples (Art. 6.3).</summary>
    public static bool IsTourism(string sectorCode) => sectorCode == "VI";

    public async Task<(DossierEvidence? Evidence, WorkflowResult Result)> AddEvidenceAsync(int id, string? criterionCode, IFormFile? file, ClaimsPrincipal user, CancellationToken ct)
    {
        var d = await db.Dossiers.InScope(UserScope.From(user)).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return (null, WorkflowResult.NotFound(id));
        if (!CanEdit(user, d)) return (null, WorkflowResult.Conflict("Chỉ thêm minh chứng khi hồ sơ là bản nháp hoặc được trả lại để hoàn thiện, bởi chủ thể hoặc cán bộ hỗ trợ."));
        if (file is null) return (null, WorkflowResult.Invalid("file", "Vui lòng chọn tệp minh chứng."));
        var code = string.IsNullOrWhiteSpace(criterionCode) ? null : criterionCode.Trim();
        if (code is not null && catalog.Find(d.RulebookId)?.FindSheet(d.SetNo)?.AllCriteria.Any(c => c.Code == code) != true)
            return (null, WorkflowResult.Invalid("criterionCode", $"Phiếu đánh giá bộ {d.SetNo} không có tiêu chí \"{code}\"."));
        if (await db.DossierEvidence.CountAsync(e => e.DossierId == id, ct) >= EvidenceStore.MaxPerDossier)
            return (null, WorkflowResult.Invalid("file", $"Mỗi hồ sơ tối đa {EvidenceStore.MaxPerDossier} tệp minh chứng."));
        var (stored, type, error) = await files.SaveAsync(id, file, ct);
        if (stored is null) return (null, WorkflowResult.Invalid("file", error!));
        var name = Path.GetFileName(file.FileName);
        var e = new DossierEvidence
        {
            DossierId = id, CriterionCode = code, FileName = Clean(name, 200) ?? "minh-chung", StoredName = stored, ContentType = type!,
            SizeBytes = file.Length, UploadedBy = actor.UserName, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.DossierEvidence.Add(e);
        try { await db.SaveChangesAsync(ct); }
        catch { files.Delete(id, stored); throw; }
        return (e, new WorkflowResult(201));
    }

    public async Task<WorkflowResult> DeleteEvidenceAsync(int id, int evidenceId, ClaimsPrincipal user, CancellationToken ct)
    {
        var d = await db.Dossiers.InScope(UserScope.From(user)).FirstOrDefaultAsync(x => x.Id == id, ct);
        var e = d is null ? null : await db.DossierEvidence.FirstOrDefaultAsync(x => x.Id == evidenceId && x.DossierId == id, ct);
        if (d is null || e is null) return WorkflowResult.NotFound(id);
        if (!CanEdit(user, d)) return WorkflowResult.Conflict("Chỉ xoá minh chứng khi hồ sơ là bản nháp hoặc được trả lại để hoàn thiện.");
        db.DossierEvidence.Remove(e);
        await db.SaveChangesAsync(ct);
        files.Delete(id, e.StoredName);
        return WorkflowResult.Done;
    }

    internal static string? Clean(string? s, int max)
    {
        var t = s?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        return t.Length > max ? t[..max] : t;
    }
}
