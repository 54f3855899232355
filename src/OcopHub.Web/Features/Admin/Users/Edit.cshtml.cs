using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Admin.Users;

/// <summary>Create or edit a user: role, scope, password reset, deactivation. Stale edits are refused, not overwritten.</summary>
public sealed class EditModel(OcopDbContext db, UserManager<AppUser> users) : PageModel
{
    [BindProperty] public string? Id { get; set; }
    [BindProperty] public string? ConcurrencyStamp { get; set; }
    [BindProperty, StringLength(100)] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public UserForm Form { get; set; } = new();
    public bool IsNew => string.IsNullOrEmpty(Id);
    public bool IsActive { get; private set; } = true;
    public List<UnitChoices.Choice> Provinces { get; private set; } = [];
    public List<UnitChoices.Choice> Communes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        if (id is not null)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null) return NotFound();
            Id = user.Id; UserName = user.UserName; ConcurrencyStamp = user.ConcurrencyStamp; IsActive = user.IsActive;
            Form = new UserForm
            {
                FullName = user.FullName, Email = user.Email, ProvinceCode = user.ScopeProvinceCode,
                CommuneCode = user.ScopeCommuneCode, ProducerId = user.ProducerId,
                Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Infrastructure.Roles.CommuneOfficer,
            };
        }
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetCommunesAsync([FromQuery(Name = "Form.ProvinceCode")] string? province) =>
        Partial("_CommuneOptions", await UnitChoices.CommunesAsync(db, province));

    public async Task<IActionResult> OnPostAsync()
    {
        foreach (var (field, message) in await Form.ValidateScopeAsync(db)) ModelState.AddModelError($"Form.{field}", message);
        if (IsNew && string.IsNullOrWhiteSpace(UserName)) ModelState.AddModelError(nameof(UserName), "Vui lòng nhập tên đăng nhập.");
        if (IsNew && string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Vui lòng nhập mật khẩu.");
        if (!ModelState.IsValid) { await LoadChoicesAsync(); return Page(); }

        // Identity's user manager saves several times (user, role, password); one transaction keeps it all-or-nothing.
        await using var tx = await db.Database.BeginTransactionAsync();
        AppUser user;
        if (IsNew)
        {
            user = new AppUser { UserName = UserName!.Trim(), IsActive = true };
            Form.ApplyTo(user);
            if (!Check(await users.CreateAsync(user, Password!))) { await LoadChoicesAsync(); return Page(); }
            Check(await users.AddToRoleAsync(user, Form.Role));
        }
        else
        {
            var found = await users.FindByIdAsync(Id!);
            if (found is null) return NotFound();
            user = found;
            if (user.ConcurrencyStamp != ConcurrencyStamp)
            {
                ModelState.AddModelError("", "Dữ liệu đã bị người khác thay đổi. Vui lòng tải lại trang và thử lại.");
                await LoadChoicesAsync();
                return Page();
            }
            db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = ConcurrencyStamp;
            Form.ApplyTo(user);
            if (Check(await users.UpdateAsync(user)))
            {
                var current = await users.GetRolesAsync(user);
                if (!current.SequenceEqual([Form.Role]))
                {
                    Check(await users.RemoveFromRolesAsync(user, current));
                    Check(await users.AddToRoleAsync(user, Form.Role));
                }
                if (!string.IsNullOrEmpty(Password))
                {
                    var token = await users.GeneratePasswordResetTokenAsync(user);
                    Check(await users.ResetPasswordAsync(user, token, Password));
                }
            }
        }
        if (!ModelState.IsValid) { await LoadChoicesAsync(); return Page(); }
        await tx.CommitAsync();
        TempData["Message"] = $"Đã lưu người dùng {user.UserName}.";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostToggleActiveAsync()
    {
        var user = Id is null ? null : await users.FindByIdAsync(Id);
        if (user is null) return NotFound();
        if (user.UserName == User.Identity?.Name)
        {
            TempData["Message"] = "Không thể tự vô hiệu hoá tài khoản của chính mình.";
            return RedirectToPage("Edit", new { id = Id });
        }
        user.IsActive = !user.IsActive;
        // Lockout stops password sign-in; a new security stamp ends existing sessions.
        user.LockoutEnd = user.IsActive ? null : DateTimeOffset.MaxValue;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        TempData["Message"] = user.IsActive ? $"Đã kích hoạt lại {user.UserName}." : $"Đã vô hiệu hoá {user.UserName}.";
        return RedirectToPage("Index");
    }

    private bool Check(IdentityResult result)
    {
        foreach (var e in result.Errors) ModelState.AddModelError("", e.Description);
        return result.Succeeded;
    }

    private async Task LoadChoicesAsync()
    {
        Provinces = await UnitChoices.ProvincesAsync(db);
        Communes = await UnitChoices.CommunesAsync(db, Form.ProvinceCode);
    }
}
