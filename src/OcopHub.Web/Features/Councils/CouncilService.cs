using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Councils;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

public sealed record CouncilMemberInput(string UserName, string? Department);
/// <summary>
/// A council as submitted. Members by user name; the chair and the secretary must be among them. Level "province"
/// (the office's province) or "central" (Ministry); when omitted it follows the user's role. Version for edits.
/// </summary>
public sealed record CouncilInput(string? ProvinceCode, string? Name, DateOnly? TermFrom, DateOnly? TermTo, string? ChairUserName, string? SecretaryUserName,
    List<CouncilMemberInput>? Members, int? QuorumNumerator, int? QuorumDenominator, decimal? SpreadLimit, long? Version = null, string? Level = null);
public sealed record CouncilMemberDto(string UserId, string UserName, string FullName, string? Department, bool IsChair, bool IsSecretary);
public sealed record CouncilDto(int Id, string ProvinceCode, string Name, DateOnly TermFrom, DateOnly TermTo, int QuorumNumerator, int QuorumDenominator,
    decimal SpreadLimit, IReadOnlyList<CouncilMemberDto> Members, long Version, string Level, string LevelName);

/// <summary>
/// Councils: a province's councils are kept by its OCOP office and seen in its scope; the central council (Art. 7.4.b)
/// is kept by the Ministry, its members are Ministry users. National users see every council.
/// </summary>
public sealed class CouncilService(OcopDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CouncilDto>> ListAsync(UserScope scope, CancellationToken ct)
    {
        var q = db.Councils.Include(c => c.Members).AsNoTracking();
        if (!scope.IsNational) q = q.Where(c => c.Level == CouncilLevels.ProvinceCode && c.ProvinceCode == scope.ProvinceCode);
        var list = await q.OrderByDescending(c => c.Level == CouncilLevels.CentralCode).ThenByDescending(c => c.TermFrom).ThenBy(c => c.Id).ToListAsync(ct);
        return await DtosAsync(list, ct);
    }

    /// <summary>One council in the user's scope (404 outside).</summary>
    public async Task<(CouncilDto?, WorkflowResult)> GetAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = UserScope.From(user);
        var c = await db.Councils.Include(x => x.Members).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || (!scope.IsNational && (c.Level != CouncilLevels.ProvinceCode || c.ProvinceCode != scope.ProvinceCode))) return (null, NotFound(id));
        return ((await DtosAsync([c], ct))[0], WorkflowResult.Done);
    }

    /// <summary>Whether the user keeps councils of <paramref name="level"/>: the provincial office its province's, the Ministry the central one.</summary>
    public static bool CanKeep(ClaimsPrincipal user, CouncilLevel level) =>
        level == CouncilLevel.Central ? user.IsInRole(Roles.Ministry) : user.IsInRole(Roles.ProvinceOffice);

    public static CouncilLevel DefaultLevel(ClaimsPrincipal user) => user.IsInRole(Roles.Ministry) ? CouncilLevel.Central : CouncilLevel.Province;

    public Task<(CouncilDto?, WorkflowResult)> CreateAsync(CouncilInput input, ClaimsPrincipal user, CancellationToken ct) =>
        SaveAsync(null, input, user, ct);

    /// <summary>
    /// Creates (id null) or edits a council; an edit needs the version read (409 when stale). Refuses removing a
    /// member whose submitted sheet counts in a scoring still open, so sheets already in never lose their author.
    /// </summary>
    public async Task<(CouncilDto?, WorkflowResult)> SaveAsync(int? id, CouncilInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        Council? council = null;
        CouncilLevel level;
        if (id is not null)
        {
            var scope = UserScope.From(user);
            council = await db.Councils.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (council is null || (!scope.IsNational && (council.Level != CouncilLevels.ProvinceCode || council.ProvinceCode != scope.ProvinceCode)))
                return (null, NotFound(id.Value));
            level = CouncilLevels.Parse(council.Level);
        }
        else if (input.Level is null) level = DefaultLevel(user);
        else if (input.Level is CouncilLevels.ProvinceCode or CouncilLevels.CentralCode) level = CouncilLevels.Parse(input.Level);
        else return (null, WorkflowResult.Invalid("level", "Cấp Hội đồng phải là \"province\" (cấp tỉnh) hoặc \"central\" (cấp trung ương)."));
        if (!CanKeep(user, level))
            return (null, WorkflowResult.Forbidden(level == CouncilLevel.Central
                ? "Chỉ Bộ Nông nghiệp và Môi trường lập, sửa Hội đồng cấp trung ương."
                : "Chỉ Văn phòng Điều phối OCOP cấp tỉnh lập, sửa Hội đồng cấp tỉnh."));
        var province = level == CouncilLevel.Central ? "" : council?.ProvinceCode ?? UserScope.From(user).ProvinceCode ?? "";

        var rows = (input.Members ?? []).Where(m => !string.IsNullOrWhiteSpace(m.UserName))
            .Select(m => new CouncilMemberInput(m.UserName.Trim(), DossierDrafts.Clean(m.Department, 200))).ToList();
        var numerator = input.QuorumNumerator ?? 3;
        var denominator = input.QuorumDenominator ?? 4;
        var errors = CouncilRules.Validate(new CouncilDraft(input.Name, input.TermFrom, input.TermTo, rows.Select(r => r.UserName).ToList(),
            input.ChairUserName, input.SecretaryUserName, numerator, denominator, input.SpreadLimit ?? 10m));
        if (id is not null && input.Version is null) errors["version"] = ["Thiếu version để phát hiện sửa đồng thời."];
        var names = rows.Select(r => r.UserName).ToList();
        var normalized = names.Select(n => n.ToUpperInvariant()).ToList();
        var users = await db.Users.Where(u => normalized.Contains(u.NormalizedUserName!)).ToListAsync(ct);
        var byName = users.ToDictionary(u => u.UserName!, StringComparer.OrdinalIgnoreCase);
        if (!errors.ContainsKey("members") && ScopeProblem(level, province, names, byName, await RolesOfAsync(users, ct)) is { } problem)
            errors["members"] = [problem];
        if (errors.Count > 0) return (null, WorkflowResult.Invalid(errors));

        var now = clock.GetUtcNow().UtcDateTime;
        var keep = names.Select(n => byName[n].Id).ToHashSet();
        if (council is null)
        {
            council = new Council { Level = level.Code(), ProvinceCode = province, CreatedAt = now };
            db.Councils.Add(council);
        }
        else
        {
            var removed = council.Members.Where(m => !keep.Contains(m.UserId)).ToList();
            if (await SheetsInOpenScoringAsync(council, removed, ct) is { } refusal) return (null, WorkflowResult.Conflict(refusal));
            db.Entry(council).Property(c => c.Version).OriginalValue = input.Version!.Value;
            foreach (var m in removed) { council.Members.Remove(m); db.CouncilMembers.Remove(m); }
        }
        council.Name = input.Name!.Trim(); council.TermFrom = input.TermFrom!.Value; council.TermTo = input.TermTo!.Value;
        council.ChairUserId = byName[input.ChairUserName!.Trim()].Id;
        council.SecretaryUserId = string.IsNullOrWhiteSpace(input.SecretaryUserName) ? null : byName[input.SecretaryUserName.Trim()].Id;
        council.QuorumNumerator = numerator; council.QuorumDenominator = denominator; council.SpreadLimit = input.SpreadLimit ?? 10m;
        council.UpdatedAt = now;
        foreach (var row in rows)
        {
            var u = byName[row.UserName];
            if (council.Members.FirstOrDefault(m => m.UserId == u.Id) is { } existing) { existing.Department = row.Department; existing.FullName = u.FullName; }
            else council.Members.Add(new CouncilMember { UserId = u.Id, FullName = u.FullName, Department = row.Department });
        }
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return (null, WorkflowResult.Stale()); }
        return ((await DtosAsync([council], ct))[0], WorkflowResult.Done);
    }

    /// <summary>Members must exist and be in scope: a province's council-member logins, or Ministry logins for the central council.</summary>
    private static string? ScopeProblem(CouncilLevel level, string province, IReadOnlyList<string> names, IReadOnlyDictionary<string, AppUser> byName,
        IReadOnlyDictionary<string, HashSet<string>> roles)
    {
        var unknown = names.Where(n => !byName.ContainsKey(n)).ToList();
        if (unknown.Count > 0) return $"Không có người dùng: {string.Join(", ", unknown)}.";
        var inactive = names.Where(n => !byName[n].IsActive).ToList();
        if (inactive.Count > 0) return $"Tài khoản đã bị khóa: {string.Join(", ", inactive)}.";
        var wrong = level == CouncilLevel.Central
            ? names.Where(n => !roles.GetValueOrDefault(byName[n].Id, []).Contains(Roles.Ministry)).ToList()
            : names.Where(n => byName[n].ScopeProvinceCode != province || !roles.GetValueOrDefault(byName[n].Id, []).Contains(Roles.CouncilMember)).ToList();
        if (wrong.Count == 0) return null;
        return level == CouncilLevel.Central
            ? $"Thành viên Hội đồng cấp trung ương phải là cán bộ Bộ Nông nghiệp và Môi trường: {string.Join(", ", wrong)} không phải."
            : $"Thành viên Hội đồng cấp tỉnh phải là tài khoản Thành viên hội đồng của tỉnh: {string.Join(", ", wrong)} không phải.";
    }

    private async Task<Dictionary<string, HashSet<string>>> RolesOfAsync(IReadOnlyList<AppUser> users, CancellationToken ct)
    {
        var ids = users.Select(u => u.Id).ToList();
        var pairs = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).ToHashSet());
    }

    /// <summary>A refusal when one of <paramref name="removed"/> has a submitted sheet for a dossier this council is still scoring.</summary>
    private async Task<string?> SheetsInOpenScoringAsync(Council council, IReadOnlyList<CouncilMember> removed, CancellationToken ct)
    {
        if (removed.Count == 0) return null;
        var ids = removed.Select(m => m.UserId).ToList();
        var state = CouncilLevels.Parse(council.Level).ScoringState();
        var hits = await db.ScoreSheets.Where(s => s.CouncilId == council.Id && ids.Contains(s.MemberUserId) && s.SubmittedAt != null && s.RecusedAt == null)
            .Join(db.Dossiers.Where(d => d.State == state), s => s.DossierId, d => d.Id, (s, d) => new { s.MemberName, d.ProductName })
            .ToListAsync(ct);
        if (hits.Count == 0) return null;
        return "Không thể bỏ thành viên đã nộp phiếu chấm ở hồ sơ đang chấm điểm: " +
               string.Join("; ", hits.Select(h => $"{h.MemberName} (hồ sơ \"{h.ProductName}\")")) +
               ". Chủ tịch Hội đồng kết luận hoặc mở lại phiếu trước khi thay đổi thành viên.";
    }

    /// <summary>The provincial council scoring the province's dossiers on <paramref name="day"/>: the latest term covering it.</summary>
    public Task<Council?> ActiveAsync(string provinceCode, DateOnly day, CancellationToken ct) =>
        db.Councils.Include(c => c.Members)
            .Where(c => c.Level == CouncilLevels.ProvinceCode && c.ProvinceCode == provinceCode && c.TermFrom <= day && c.TermTo >= day)
            .OrderByDescending(c => c.TermFrom).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);

    /// <summary>The central council whose term covers <paramref name="day"/> (the latest).</summary>
    public Task<Council?> ActiveCentralAsync(DateOnly day, CancellationToken ct) =>
        db.Councils.Include(c => c.Members)
            .Where(c => c.Level == CouncilLevels.CentralCode && c.TermFrom <= day && c.TermTo >= day)
            .OrderByDescending(c => c.TermFrom).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);

    private static WorkflowResult NotFound(int id) => new(404, "Không tìm thấy Hội đồng", $"Không có Hội đồng số {id} trong phạm vi của bạn.");

    private async Task<IReadOnlyList<CouncilDto>> DtosAsync(IReadOnlyList<Council> list, CancellationToken ct)
    {
        var ids = list.SelectMany(c => c.Members.Select(m => m.UserId)).ToHashSet();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
        return list.Select(c => new CouncilDto(c.Id, c.ProvinceCode, c.Name, c.TermFrom, c.TermTo, c.QuorumNumerator, c.QuorumDenominator, c.SpreadLimit,
            c.Members.OrderByDescending(m => m.UserId == c.ChairUserId).ThenBy(m => m.Id)
                .Select(m => new CouncilMemberDto(m.UserId, names.GetValueOrDefault(m.UserId, ""), m.FullName, m.Department, m.UserId == c.ChairUserId, m.UserId == c.SecretaryUserId)).ToList(),
            c.Version, c.Level, CouncilLevels.Parse(c.Level).Vi())).ToList();
    }
}
