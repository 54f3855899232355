using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

public sealed record CouncilMemberInput(string UserName, string? Department);
public sealed record CouncilInput(string? ProvinceCode, string Name, DateOnly TermFrom, DateOnly TermTo, string ChairUserName, string? SecretaryUserName,
    List<CouncilMemberInput> Members, int? QuorumNumerator, int? QuorumDenominator, decimal? SpreadLimit, long? Version = null);
public sealed record CouncilMemberDto(string UserId, string UserName, string FullName, string? Department, bool IsChair);
public sealed record CouncilDto(int Id, string ProvinceCode, string Name, DateOnly TermFrom, DateOnly TermTo, int QuorumNumerator, int QuorumDenominator,
    decimal SpreadLimit, IReadOnlyList<CouncilMemberDto> Members, long Version);

/// <summary>Councils of a province: created and listed by the province office (the Ministry sees all).</summary>
public sealed class CouncilService(OcopDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CouncilDto>> ListAsync(UserScope scope, CancellationToken ct)
    {
        var q = db.Councils.Include(c => c.Members).AsNoTracking();
        if (!scope.IsNational) q = q.Where(c => c.ProvinceCode == scope.ProvinceCode);
        var list = await q.OrderByDescending(c => c.TermFrom).ThenBy(c => c.Id).ToListAsync(ct);
        var ids = list.SelectMany(c => c.Members.Select(m => m.UserId)).ToHashSet();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
        return list.Select(c => Dto(c, names)).ToList();
    }

    public Task<(CouncilDto?, WorkflowResult)> CreateAsync(CouncilInput input, ClaimsPrincipal user, CancellationToken ct) =>
        SaveAsync(null, input, user, ct);

    /// <summary>Creates (id null) or edits a council of the office's province; an edit needs the version read (409 when stale).</summary>
    public async Task<(CouncilDto?, WorkflowResult)> SaveAsync(int? id, CouncilInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.ProvinceOffice)) return (null, WorkflowResult.Forbidden("Chỉ Văn phòng Điều phối OCOP cấp tỉnh lập, sửa Hội đồng."));
        var scope = UserScope.From(user);
        var province = scope.ProvinceCode ?? "";
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name)) errors["name"] = ["Vui lòng nhập tên Hội đồng."];
        if (input.TermTo < input.TermFrom) errors["termTo"] = ["Nhiệm kỳ kết thúc phải sau ngày bắt đầu."];
        var names = input.Members.Select(m => m.UserName).Append(input.ChairUserName).Distinct().ToList();
        var users = await db.Users.Where(u => names.Contains(u.UserName!)).ToListAsync(ct);
        var unknown = names.Where(n => users.All(u => u.UserName != n)).ToList();
        if (unknown.Count > 0) errors["members"] = [$"Không có người dùng: {string.Join(", ", unknown)}."];
        // Members judge the province's products: they must belong to that province.
        else if (users.Any(u => u.ScopeProvinceCode != province))
            errors["members"] = ["Thành viên Hội đồng phải là người dùng của tỉnh."];
        var numerator = input.QuorumNumerator ?? 3;
        var denominator = input.QuorumDenominator ?? 4;
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) errors["quorum"] = ["Tỷ lệ túc số không hợp lệ."];
        if (input.SpreadLimit is < 0 or > 100) errors["spreadLimit"] = ["Chênh lệch điểm tối đa phải từ 0 đến 100."];
        if (errors.Count > 0) return (null, WorkflowResult.Invalid(errors));

        var now = clock.GetUtcNow().UtcDateTime;
        var byName = users.ToDictionary(u => u.UserName!);
        Council council;
        if (id is null)
        {
            council = new Council { ProvinceCode = province, CreatedAt = now };
            db.Councils.Add(council);
        }
        else
        {
            var found = await db.Councils.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id && c.ProvinceCode == province, ct);
            if (found is null) return (null, new WorkflowResult(404, "Không tìm thấy Hội đồng", $"Không có Hội đồng số {id} trong phạm vi của bạn."));
            if (input.Version is not { } version) return (null, WorkflowResult.Invalid("version", "Thiếu version để phát hiện sửa đồng thời."));
            council = found;
            db.Entry(council).Property(c => c.Version).OriginalValue = version;
            // Members who already scored stay; the new list replaces the rest.
            db.CouncilMembers.RemoveRange(council.Members.Where(m => !names.Contains(users.FirstOrDefault(u => u.Id == m.UserId)?.UserName ?? "")));
        }
        council.Name = input.Name.Trim(); council.TermFrom = input.TermFrom; council.TermTo = input.TermTo;
        council.ChairUserId = byName[input.ChairUserName].Id;
        council.SecretaryUserId = input.SecretaryUserName is { } s && byName.TryGetValue(s, out var sec) ? sec.Id : null;
        council.QuorumNumerator = numerator; council.QuorumDenominator = denominator; council.SpreadLimit = input.SpreadLimit ?? 10m;
        council.UpdatedAt = now;
        foreach (var n in names)
        {
            var department = input.Members.FirstOrDefault(m => m.UserName == n)?.Department;
            if (council.Members.FirstOrDefault(m => m.UserId == byName[n].Id) is { } existing) existing.Department = department;
            else council.Members.Add(new CouncilMember { UserId = byName[n].Id, FullName = byName[n].FullName, Department = department });
        }
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return (null, WorkflowResult.Stale()); }
        council.Members.RemoveAll(m => db.Entry(m).State == EntityState.Detached);
        return (Dto(council, users.ToDictionary(u => u.Id, u => u.UserName ?? "")), WorkflowResult.Done);
    }

    /// <summary>The council scoring the province's dossiers on <paramref name="day"/>: the latest term covering it.</summary>
    public Task<Council?> ActiveAsync(string provinceCode, DateOnly day, CancellationToken ct) =>
        db.Councils.Include(c => c.Members)
            .Where(c => c.ProvinceCode == provinceCode && c.TermFrom <= day && c.TermTo >= day)
            .OrderByDescending(c => c.TermFrom).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);

    private static CouncilDto Dto(Council c, IReadOnlyDictionary<string, string> userNames) =>
        new(c.Id, c.ProvinceCode, c.Name, c.TermFrom, c.TermTo, c.QuorumNumerator, c.QuorumDenominator, c.SpreadLimit,
            c.Members.Select(m => new CouncilMemberDto(m.UserId, userNames.GetValueOrDefault(m.UserId, ""), m.FullName, m.Department, m.UserId == c.ChairUserId)).ToList(),
            c.Version);
}
