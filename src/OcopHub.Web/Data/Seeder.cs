using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Text;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Data;

/// <summary>Roles, the first administrator (from configuration, else a random password printed once) and the demo province.</summary>
public sealed class Seeder(OcopDbContext db, Features.Products.ProductRules productRules, UserManager<AppUser> users, RoleManager<IdentityRole> roles, IConfiguration config, ILogger<Seeder> logger)
{
    /// <summary>Demo accounts share this password. It exists only when Seed:Demo is on (development), never in production.</summary>
    public const string DemoPassword = "Demo@2026ocop";
    public const string DemoProvinceCode = "19"; // Thái Nguyên (includes the former Bắc Kạn, a seed province)

    public sealed record DemoAccount(string UserName, string Role, string FullName, string? Province, string? Commune, string? ProducerName);

    public static readonly DemoAccount[] DemoAccounts =
    [
        new("bo.nnmt", Roles.Ministry, "Nguyễn Văn Bộ", null, null, null),
        new("bo.hoidong2", Roles.Ministry, "Trịnh Thị Lan", null, null, null),
        new("bo.hoidong3", Roles.Ministry, "Vũ Đức Thắng", null, null, null),
        new("ocop.thainguyen", Roles.ProvinceOffice, "Trần Thị Thu Hà", DemoProvinceCode, null, null),
        new("so.congthuong", Roles.Department, "Lê Minh Tuấn", DemoProvinceCode, null, null),
        new("hoidong.thainguyen", Roles.CouncilMember, "Phạm Quốc Hùng", DemoProvinceCode, null, null),
        new("hoidong2.thainguyen", Roles.CouncilMember, "Đào Thị Minh", DemoProvinceCode, null, null),
        new("hoidong3.thainguyen", Roles.CouncilMember, "Lý Văn Quang", DemoProvinceCode, null, null),
        new("xa.babe", Roles.CommuneOfficer, "Hoàng Văn Nam", DemoProvinceCode, "01906", null),
        new("xa.chodon", Roles.CommuneOfficer, "Ma Thị Lan", DemoProvinceCode, "02020", null),
        new("chuthe.bixanh", Roles.Producer, "Nông Thị Hoa", DemoProvinceCode, "01906", "Hợp tác xã Nông nghiệp Bí xanh Ba Bể"),
    ];

    private static readonly (string Name, string LegalForm, string Commune, string Representative, string Phone)[] DemoProducers =
    [
        ("Hợp tác xã Nông nghiệp Bí xanh Ba Bể", "cooperative", "01906", "Nông Thị Hoa", "0912345678"),
        ("Hộ kinh doanh Mật ong bạc hà Ba Bể", "registered-household-business", "01906", "Hoàng Văn Sơn", "0987654321"),
        ("Hợp tác xã Miến dong Chợ Đồn", "cooperative", "02020", "Ma Văn Thành", "0977111222"),
        ("Công ty TNHH Chè Đại Từ", "sme", "05830", "Nguyễn Thị Mai", "0208123456"),
        ("Tổ hợp tác Gạo nếp vải Phú Bình", "cooperative-group", "05908", "Dương Văn Lực", "0966333444"),
        ("Hợp tác xã Chè Phú Thọ (tỉnh khác)", "cooperative", "", "Bùi Văn Kiên", "0210999888"),
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

    /// <summary>The demo province's council: hoidong.thainguyen chairs, the three council logins score (term 2026–2030).</summary>
    private async Task SeedDemoCouncilAsync()
    {
        if (await db.Councils.AnyAsync(c => c.Level == Core.Councils.CouncilLevels.ProvinceCode && c.ProvinceCode == DemoProvinceCode)) return;
        (string UserName, string Department)[] members =
            [("hoidong.thainguyen", "Sở Nông nghiệp và Môi trường"), ("hoidong2.thainguyen", "Sở Công Thương"), ("hoidong3.thainguyen", "Sở Khoa học và Công nghệ")];
        var names = members.Select(m => m.UserName).ToList();
        var accounts = await db.Users.Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!);
        var now = DateTime.UtcNow;
        db.Councils.Add(new Council
        {
            ProvinceCode = DemoProvinceCode, Name = "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thái Nguyên",
            TermFrom = new DateOnly(2026, 1, 1), TermTo = new DateOnly(2030, 12, 31),
            ChairUserId = accounts["hoidong.thainguyen"].Id, SecretaryUserId = accounts["hoidong3.thainguyen"].Id,
            CreatedAt = now, UpdatedAt = now,
            Members = members.Select(m => new CouncilMember { UserId = accounts[m.UserName].Id, FullName = accounts[m.UserName].FullName, Department = m.Department }).ToList(),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The demo central council (Art. 7.4.b): bo.nnmt chairs, bo.hoidong2 and bo.hoidong3 score (term 2026–2030).</summary>
    private async Task SeedDemoCentralCouncilAsync()
    {
        if (await db.Councils.AnyAsync(c => c.Level == Core.Councils.CouncilLevels.CentralCode)) return;
        (string UserName, string Department)[] members =
            [("bo.nnmt", "Bộ Nông nghiệp và Môi trường"), ("bo.hoidong2", "Bộ Công Thương"), ("bo.hoidong3", "Bộ Y tế")];
        var names = members.Select(m => m.UserName).ToList();
        var accounts = await db.Users.Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!);
        if (accounts.Count != members.Length) return;
        var now = DateTime.UtcNow;
        db.Councils.Add(new Council
        {
            Level = Core.Councils.CouncilLevels.CentralCode, ProvinceCode = "", Name = "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp trung ương",
            TermFrom = new DateOnly(2026, 1, 1), TermTo = new DateOnly(2030, 12, 31),
            ChairUserId = accounts["bo.nnmt"].Id, SecretaryUserId = accounts["bo.hoidong3"].Id,
            CreatedAt = now, UpdatedAt = now,
            Members = members.Select(m => new CouncilMember { UserId = accounts[m.UserName].Id, FullName = accounts[m.UserName].FullName, Department = m.Department }).ToList(),
        });
        await db.SaveChangesAsync();
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
            await EnrichBiXanhAsync();
        }
        if (!await db.Products.AnyAsync()) await SeedDemoProductsAsync();

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
        await SeedDemoCouncilAsync();
        await SeedDemoCentralCouncilAsync();
        StartupBanner.Add("Demo logins (password " + DemoPassword + "): " + string.Join(", ", DemoAccounts.Select(a => $"{a.UserName} ({Roles.Title(a.Role)})")));
    }

    /// <summary>Registry details of the demo producer that has a login, so its self-service page shows something real.</summary>
    private async Task EnrichBiXanhAsync()
    {
        var p = await db.Producers.SingleAsync(x => x.Name == "Hợp tác xã Nông nghiệp Bí xanh Ba Bể");
        p.TaxCode = "4700123452";
        p.RegistrationNumber = "4700123452";
        p.RegistrationDate = new DateOnly(2018, 3, 12);
        p.Email = "htxbixanhbabe@example.vn";
        p.RepresentativeGender = "female";
        p.RepresentativeEthnicity = "Tày";
        p.Workers = 24;
        p.LocalWorkers = 22;
        p.GreenValueChain = true;
        p.FinancialYears = [new() { Year = 2024, Revenue = 2_150_000_000, Profit = 310_000_000 }, new() { Year = 2025, Revenue = 2_480_000_000, Profit = 365_000_000 }];
        p.Certifications = [new() { Kind = "vietgap", Number = "VietGAP-TT-19-01-0123", Issuer = "Trung tâm Chứng nhận Phù hợp", ValidFrom = new DateOnly(2024, 6, 1), ValidTo = new DateOnly(2027, 5, 31) }];
        p.RawMaterialAreas = [new() { Name = "Vùng bí xanh thôn Pác Ngòi", AreaHa = 12.5m, Certification = "vietgap" }];
        p.SalesChannels = [new() { Kind = "supermarket", Name = "Siêu thị tại Thái Nguyên" }, new() { Kind = "ecommerce-platform", Name = "Sàn thương mại điện tử", Url = "https://example.vn/bixanh" }];
        await db.SaveChangesAsync();
    }

    private sealed record DemoProduct(string Name, string Producer, string Commune, int Set, string Description, params Features.Products.OcopRecordInput[] History);

    private static Features.Products.OcopRecordInput Star(int year, int stars, decimal points, string rulebook, string decision, DateOnly issued) =>
        new(year, stars, points, rulebook, "province", decision, issued, $"{decision}/GCN", issued, issued.AddMonths(36));

    /// <summary>Under QĐ 148 until 30/6/2025 the district scored and recognised 3★ (pre-2025 district code, e.g. 061 Huyện Ba Bể, Bắc Kạn).</summary>
    private static Features.Products.OcopRecordInput DistrictStar(int year, int stars, decimal points, string district, string decision, DateOnly issued) =>
        new(year, stars, points, "148-2023", "district", decision, issued, $"{decision}/GCN", issued, issued.AddMonths(36), district, "district");

    private static readonly DemoProduct[] DemoProducts =
    [
        new("Bí xanh thơm Ba Bể", "Hợp tác xã Nông nghiệp Bí xanh Ba Bể", "01906", 1, "Bí xanh giống địa phương trồng theo VietGAP bên hồ Ba Bể.",
            DistrictStar(2024, 3, 62, "061", "2345/QĐ-UBND", new DateOnly(2024, 12, 16))),
        new("Mật ong bạc hà Ba Bể", "Hộ kinh doanh Mật ong bạc hà Ba Bể", "01906", 4, "Mật ong hoa bạc hà vùng núi đá.",
            DistrictStar(2025, 3, 58, "061", "1123/QĐ-UBND", new DateOnly(2025, 6, 20))),
        new("Miến dong Chợ Đồn", "Hợp tác xã Miến dong Chợ Đồn", "02020", 7, "Miến làm từ tinh bột củ dong riềng, phơi nắng tự nhiên.",
            Star(2021, 3, 60, "1048-2019", "1890/QĐ-UBND", new DateOnly(2021, 10, 1)),
            Star(2024, 4, 73, "148-2023", "2345/QĐ-UBND", new DateOnly(2024, 12, 16))),
        new("Chè Tân Cương Đại Từ", "Công ty TNHH Chè Đại Từ", "05830", 11, "Chè xanh búp chế biến thủ công.",
            Star(2025, 4, 78, "148-2023", "1123/QĐ-UBND", new DateOnly(2025, 6, 20))),
        new("Gạo nếp vải Phú Bình", "Tổ hợp tác Gạo nếp vải Phú Bình", "05908", 3, "Gạo nếp vải hạt tròn, dẻo thơm."),
        new("Chè xanh Phú Thọ", "Hợp tác xã Chè Phú Thọ (tỉnh khác)", "", 11, "Sản phẩm của tỉnh khác, để thấy phạm vi.",
            DistrictStar(2025, 3, 55, "227", "99/QĐ-UBND", new DateOnly(2025, 5, 5))),
    ];

    /// <summary>A few products with their OCOP history; codes come from the same generator the app uses.</summary>
    private async Task SeedDemoProductsAsync()
    {
        var national = new UserScope(ScopeKind.National, null, null, null);
        foreach (var d in DemoProducts)
        {
            var producer = await db.Producers.SingleAsync(p => p.Name == d.Producer);
            var input = new Features.Products.ProductInput(d.Name, producer.Id, d.Commune == "" ? producer.CommuneCode : d.Commune, "26-2026", d.Set,
                CodeYear: 2025, Description: d.Description, History: d.History);
            var (ok, errors) = await productRules.ValidateAsync(input, national, null, default);
            if (ok is null) throw new InvalidOperationException($"Demo product {d.Name}: " + string.Join(" ", errors.SelectMany(e => e.Value)));
            var product = new Product();
            productRules.Apply(product, input, ok);
            await productRules.CreateAsync(product, input.CodeYear, default);
        }
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
