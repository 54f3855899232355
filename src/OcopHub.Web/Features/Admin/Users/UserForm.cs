using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Admin.Users;

/// <summary>What an administrator sets on a user: identity, role and the scope that role requires.</summary>
public sealed class UserForm
{
    [Required(ErrorMessage = "Vui lòng nhập họ tên."), StringLength(200)]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
    public string Role { get; set; } = Roles.CommuneOfficer;

    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public int? ProducerId { get; set; }

    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    public string? Email { get; set; }

    /// <summary>Checks the role against the scope and that the scope exists today. Returns (field, message) errors in Vietnamese.</summary>
    public async Task<List<(string Field, string Message)>> ValidateScopeAsync(OcopDbContext db)
    {
        var errors = new List<(string, string)>();
        if (!Roles.All.Contains(Role)) { errors.Add((nameof(Role), "Vai trò không hợp lệ.")); return errors; }
        var kind = Roles.RequiredScope(Role);
        if (kind == ScopeKind.National) { ProvinceCode = null; CommuneCode = null; ProducerId = null; return errors; }
        if (string.IsNullOrWhiteSpace(ProvinceCode)) { errors.Add((nameof(ProvinceCode), "Vai trò này cần chọn tỉnh/thành phố.")); return errors; }
        var current = db.AdministrativeUnits.Where(u => u.ValidTo == null);
        if (!await current.AnyAsync(u => u.Level == UnitLevel.Province && u.Code == ProvinceCode))
            errors.Add((nameof(ProvinceCode), "Tỉnh/thành phố không tồn tại."));
        if (kind == ScopeKind.Commune)
        {
            if (string.IsNullOrWhiteSpace(CommuneCode)) errors.Add((nameof(CommuneCode), "Cán bộ xã cần chọn xã/phường."));
            else if (!await current.AnyAsync(u => u.Level == UnitLevel.Commune && u.Code == CommuneCode && u.ProvinceCode == ProvinceCode))
                errors.Add((nameof(CommuneCode), "Xã/phường không thuộc tỉnh/thành phố đã chọn."));
        }
        else if (kind == ScopeKind.Province) CommuneCode = null;
        if (kind == ScopeKind.Producer)
        {
            var producer = ProducerId is { } pid ? await db.Producers.FirstOrDefaultAsync(p => p.Id == pid) : null;
            if (producer is null) errors.Add((nameof(ProducerId), "Tài khoản chủ thể cần gắn với một chủ thể OCOP có trong hệ thống."));
            else if (producer.ProvinceCode != ProvinceCode) errors.Add((nameof(ProducerId), "Chủ thể không thuộc tỉnh/thành phố đã chọn."));
            else CommuneCode = producer.CommuneCode;
        }
        else ProducerId = null;
        return errors;
    }

    public void ApplyTo(AppUser user)
    {
        user.FullName = FullName.Trim();
        user.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        user.ScopeProvinceCode = ProvinceCode;
        user.ScopeCommuneCode = CommuneCode;
        user.ProducerId = ProducerId;
    }
}
