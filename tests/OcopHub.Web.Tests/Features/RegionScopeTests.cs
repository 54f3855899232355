using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

/// <summary>Everything a user reads or writes is limited to their scope — lists and lookups by id alike.</summary>
public abstract class RegionScopeTests(OcopAppFactory app)
{
    private Task<int> ProducerIdAsync(string name) =>
        app.WithDbAsync(db => db.Producers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url = "/api/v1/producers?pageSize=200")
    {
        var page = await (await client.GetAsync(url)).JsonAsync();
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    [Fact]
    public async Task Commune_officer_lists_only_their_commune()
    {
        var items = await ItemsAsync(await app.ApiAsAsync("xa.babe"));
        Assert.NotEmpty(items);
        Assert.All(items, p => Assert.Equal("01906", p.GetProperty("communeCode").GetString()));
        Assert.Contains(items, p => p.GetProperty("name").GetString() == "Hợp tác xã Nông nghiệp Bí xanh Ba Bể");
    }

    [Fact]
    public async Task Commune_officer_gets_404_for_another_communes_record_by_id()
    {
        var client = await app.ApiAsAsync("xa.babe");
        var other = await ProducerIdAsync("Hợp tác xã Miến dong Chợ Đồn");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/producers/{other}")).StatusCode);
        var put = await client.PutAsJsonAsync($"/api/v1/producers/{other}", new { name = "x", legalForm = "cooperative", communeCode = "02020", version = 0 });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/producers/{other}")).StatusCode);
        var own = await ProducerIdAsync("Hợp tác xã Nông nghiệp Bí xanh Ba Bể");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/producers/{own}")).StatusCode);
    }

    [Fact]
    public async Task Commune_officer_cannot_create_in_another_commune()
    {
        var client = await app.ApiAsAsync("xa.babe");
        var response = await client.PostAsJsonAsync("/api/v1/producers", new { name = "HTX ngoài phạm vi", legalForm = "cooperative", communeCode = "02020" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ngoài phạm vi", (await response.Content.ReadAsStringAsync()));
        Assert.False(await app.WithDbAsync(db => db.Producers.AnyAsync(p => p.Name == "HTX ngoài phạm vi")));
    }

    [Fact]
    public async Task Province_office_sees_its_province_only()
    {
        var items = await ItemsAsync(await app.ApiAsAsync("ocop.thainguyen"));
        Assert.All(items, p => Assert.Equal("19", p.GetProperty("provinceCode").GetString()));
        Assert.Contains(items, p => p.GetProperty("communeCode").GetString() == "02020");
        var otherProvince = await ProducerIdAsync("Hợp tác xã Chè Phú Thọ (tỉnh khác)");
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("ocop.thainguyen")).GetAsync($"/api/v1/producers/{otherProvince}")).StatusCode);
    }

    [Fact]
    public async Task Ministry_sees_every_province()
    {
        var items = await ItemsAsync(await app.ApiAsAsync("bo.nnmt"));
        Assert.Contains(items, p => p.GetProperty("provinceCode").GetString() == "25");
        Assert.Contains(items, p => p.GetProperty("provinceCode").GetString() == "19");
    }

    [Fact]
    public async Task Producer_sees_only_its_own_record()
    {
        var items = await ItemsAsync(await app.ApiAsAsync("chuthe.bixanh"));
        Assert.Equal("Hợp tác xã Nông nghiệp Bí xanh Ba Bể", Assert.Single(items).GetProperty("name").GetString());
        var neighbour = await ProducerIdAsync("Hộ kinh doanh Mật ong bạc hà Ba Bể");
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("chuthe.bixanh")).GetAsync($"/api/v1/producers/{neighbour}")).StatusCode);
    }

    [Fact]
    public async Task Producers_page_is_scoped_too()
    {
        var client = await app.PagesAsAsync("xa.chodon");
        var html = await client.GetStringAsync("/Producers");
        Assert.Contains("Hợp tác xã Miến dong Chợ Đồn", html);
        Assert.DoesNotContain("Bí xanh Ba Bể", html);
    }

    [Fact]
    public async Task A_record_made_under_the_old_units_still_shows_them()
    {
        // Xã Khang Ninh, huyện Ba Bể, tỉnh Bắc Kạn (pre-2025) — today part of Thái Nguyên.
        var id = await app.WithDbAsync(async db =>
        {
            var old = await db.AdministrativeUnits.SingleAsync(u => u.FullName == "Xã Khang Ninh" && u.ValidTo != null && u.ProvinceCode == "06");
            var successor = await db.UnitSuccessions.Where(s => s.OldUnitId == old.Id).Select(s => s.NewUnit!).FirstAsync();
            var p = new Web.Data.Entities.Producer
            {
                Name = "HTX lịch sử Khang Ninh", SearchName = "htx lich su khang ninh", LegalForm = "hop-tac-xa",
                CommuneUnitId = old.Id, ProvinceCode = successor.ProvinceCode, CommuneCode = successor.Code,
            };
            db.Producers.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var dto = await (await (await app.ApiAsAsync("ocop.thainguyen")).GetAsync($"/api/v1/producers/{id}")).JsonAsync();
        Assert.Equal("Xã Khang Ninh", dto.GetProperty("communeName").GetString());
        Assert.Equal("19", dto.GetProperty("provinceCode").GetString());
    }

    [Fact]
    public async Task Council_member_cannot_write_producers()
    {
        var client = await app.ApiAsAsync("hoidong.thainguyen");
        var response = await client.PostAsJsonAsync("/api/v1/producers", new { name = "HTX thử", legalForm = "cooperative", communeCode = "01906" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegionScopeSqliteTests(SqliteAppFactory app) : RegionScopeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegionScopePostgresTests(PostgresAppFactory app) : RegionScopeTests(app);
