using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Text;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Data;

/// <summary>Roles, the first administrator (from configuration, else a random password printed once) and the demo province.</summary>
public sealed class Seeder(OcopDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, IConfiguration config, ILogger<Seeder> logger)
{
    /// <summary>Demo accounts share this password. It exists only when Seed:Demo is on (development), never in production.</summary>
    public const string DemoPassword = "Demo@2026ocop";
    public const string DemoProvinceCode = "19"; // Thái Nguyên (includes the former Bắc Kạn, a seed province)

    public sealed record DemoAccount(string UserName, string Role, string FullName, string? Province, string? Commune, string? ProducerName);

    public static readonly DemoAccount[] DemoAccounts =
    [
        new("bo.nnmt", Roles.Ministry, "Nguyễn Văn Bộ", null, null, null),
        new("ocop.thainguyen", Roles.ProvinceOffice, "Trần Thị Thu Hà", DemoProvinceCode, null, null),
        new("so.congthuong", Roles.Department, "Lê Minh Tuấn", DemoProvinceCode, null, null),
        new("hoidong.thainguyen", Roles.CouncilMember, "Phạm Quốc Hùng", DemoProvinceCode, null, null),
        new("xa.babe", Roles.CommuneOfficer, "Hoàng Văn Nam", DemoProvinceCode, "01906", null),
        new("xa.chodon", Roles.CommuneOfficer, "Ma Thị Lan", DemoProvinceCode, "02020", null),
        new("chuthe.bixanh", Roles.Producer, "Nông Thị Hoa", DemoProvinceCode, "01906", "Hợp tác xã Nông nghiệp Bí xanh Ba Bể"),
    ];

    private static readonly (string Name, string LegalForm, string Commune, string Representative, string Phone)[] DemoProducers =
    [
        ("Hợp tác xã Nông nghiệp Bí xanh Ba Bể", "hop-tac-xa", "01906", "Nông Thị Hoa", "0912345678"),
        ("Hộ kinh doanh Mật ong bạc hà Ba Bể", "ho-kinh-doanh", "01906", "Hoàng Văn Sơn", "0987654321"),
        ("Hợp tác xã Miến dong Chợ Đồn", "hop-tac-xa", "02020", "Ma Văn Thành", "0977111222"),
        ("Công ty TNHH Chè Đại Từ", "doanh-nghiep", "05830", "Nguyễn Thị Mai", "0208123456"),
        ("Tổ hợp tác Gạo nếp vải Phú Bình", "to-hop-tac", "05908", "Dương Văn Lực", "0966333444"),
        ("Hợp tác xã Chè Phú Thọ (tỉnh khác)", "hop-tac-xa", "", "Bùi Văn Kiên", "0210999888"),
    ];

    public async Task SeedRolesAndAdminAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        var userName = config["Seed:AdminUserName"] ?? "admin";
        if (await users.FindByNameAsync(userName) is not null) return;
        var configured = config["Seed:AdminPassword"];
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        var admin = new AppUser { UserName = userName, FullName = "Quản trị hệ thống", IsActive = true };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
            throw new InvalidOperationException("Cannot create the administrator: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(admin, Roles.Admin);
        if (string.IsNullOrEmpty(configured))
            StartupBanner.Add($"Administrator created: {userName} / {password}   (shown once; set Seed__AdminPassword to choose it)");
        else
            StartupBanner.Add($"Administrator created: {userName} (password from configuration Seed:AdminPassword)");
        logger.LogInformation("Administrator {UserName} created", userName);
    }

    public async Task SeedDemoAsync()
    {
        if (!await db.Producers.AnyAsync())
        {
            var communes = await db.AdministrativeUnits
                .Where(u => u.Level == UnitLevel.Commune && u.ValidTo == null && (u.ProvinceCode == DemoProvinceCode || u.ProvinceCode == "25"))
                .ToListAsync();
            foreach (var p in DemoProducers)
            {
                // The out-of-province producer sits in the first commune of Phú Thọ (25), to make scoping visible.
                var unit = p.Commune == "" ? communes.Where(c => c.ProvinceCode == "25").OrderBy(c => c.Code).First()
                                           : communes.Single(c => c.Code == p.Commune);
                db.Producers.Add(new Producer
                {
                    Name = p.Name, SearchName = VietnameseText.Fold(p.Name), LegalForm = p.LegalForm,
                    Representative = p.Representative, Phone = p.Phone, Address = unit.FullName,
                    CommuneUnitId = unit.Id, CommuneCode = unit.Code, ProvinceCode = unit.ProvinceCode,
                });
            }
            await db.SaveChangesAsync();
        }

        foreach (var a in DemoAccounts)
        {
            if (await users.FindByNameAsync(a.UserName) is not null) continue;
            int? producerId = a.ProducerName is null ? null : await db.Producers.Where(p => p.Name == a.ProducerName).Select(p => (int?)p.Id).FirstOrDefaultAsync();
            var user = new AppUser
            {
                UserName = a.UserName, FullName = a.FullName, IsActive = true,
                ScopeProvinceCode = a.Province, ScopeCommuneCode = a.Commune, ProducerId = producerId,
            };
            var result = await users.CreateAsync(user, DemoPassword);
            if (!result.Succeeded) throw new InvalidOperationException($"Demo user {a.UserName}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, a.Role);
        }
        StartupBanner.Add("Demo logins (password " + DemoPassword + "): " + string.Join(", ", DemoAccounts.Select(a => $"{a.UserName} ({Roles.Title(a.Role)})")));
    }

    /// <summary>A random password that satisfies the policy (upper, lower, digit, ≥ 10 characters).</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray();
        return "Ad" + new string(chars) + "7x";
    }
}

/// <summary>Lines printed to the console once the server listens: the URL and the logins a newcomer needs.</summary>
public static class StartupBanner
{
    private static readonly List<string> Lines = [];
    public static void Add(string line) { lock (Lines) Lines.Add(line); }
    public static IReadOnlyList<string> Take() { lock (Lines) { var copy = Lines.ToList(); Lines.Clear(); return copy; } }
}
