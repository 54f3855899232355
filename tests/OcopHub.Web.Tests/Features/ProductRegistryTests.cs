using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

/// <summary>Products through the API: scope, validation with nothing written, OCOP codes, history, photos, audit and 409.</summary>
public abstract class ProductRegistryTests(OcopAppFactory app)
{
    private Task<int> ProducerIdAsync(string name) =>
        app.WithDbAsync(db => db.Producers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private Task<int> ProductIdAsync(string name) =>
        app.WithDbAsync(db => db.Products.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
    }

    private async Task<object> InputAsync(string name, string commune = "01906", int set = 1, string? gtin = null, string producer = "Hợp tác xã Nông nghiệp Bí xanh Ba Bể",
        long? version = null, object[]? history = null, string? description = null) =>
        new { name, producerId = await ProducerIdAsync(producer), communeCode = commune, rulebookId = "26-2026", productSetNo = set, gtin, version, history, description };

    [Fact]
    public async Task Commune_officer_gets_404_for_another_communes_product_and_never_lists_it()
    {
        var client = await app.ApiAsAsync("xa.babe");
        var other = await ProductIdAsync("Miến dong Chợ Đồn");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/products/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/v1/products/{other}", new { name = "x", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/products/{other}")).StatusCode);
        var items = await ItemsAsync(client, "/api/v1/products?pageSize=200");
        Assert.NotEmpty(items);
        Assert.All(items, p => Assert.Equal("01906", p.GetProperty("communeCode").GetString()));
        Assert.Empty(await ItemsAsync(client, "/api/v1/products?q=mien%20dong"));
        var own = await ProductIdAsync("Bí xanh thơm Ba Bể");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/products/{own}")).StatusCode);
    }

    [Fact]
    public async Task Producer_login_sees_only_its_own_products()
    {
        var client = await app.ApiAsAsync("chuthe.bixanh");
        var own = await ProducerIdAsync("Hợp tác xã Nông nghiệp Bí xanh Ba Bể");
        var items = await ItemsAsync(client, "/api/v1/products?pageSize=200");
        Assert.Contains(items, p => p.GetProperty("name").GetString() == "Bí xanh thơm Ba Bể");
        Assert.All(items, p => Assert.Equal(own, p.GetProperty("producerId").GetInt32()));
        Assert.Equal("Active", items[0].GetProperty("status").GetString());
        var neighbour = await ProductIdAsync("Mật ong bạc hà Ba Bể"); // same commune, another producer
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/products/{neighbour}")).StatusCode);
        // …and cannot file a product under another producer.
        var response = await client.PostAsJsonAsync("/api/v1/products", await InputAsync("Mật ong giả", producer: "Hộ kinh doanh Mật ong bạc hà Ba Bể"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("producerId", out _));
    }

    [Theory]
    [InlineData("gtin", "8934567890124")]       // wrong check digit (…0 is right)
    [InlineData("productSetNo", "99")]
    [InlineData("communeCode", "99999")]
    public async Task Invalid_product_is_a_field_error_in_vietnamese_and_nothing_is_written(string field, string value)
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var name = $"SP lỗi {field} {Guid.NewGuid():N}"[..30];
        var producerId = await ProducerIdAsync("Hợp tác xã Nông nghiệp Bí xanh Ba Bể");
        var body = new Dictionary<string, object?>
        {
            ["name"] = name, ["producerId"] = producerId, ["communeCode"] = "01906", ["rulebookId"] = "26-2026", ["productSetNo"] = 1,
            ["history"] = new[] { new { evaluationYear = 2025, stars = 3 } },
        };
        body[field] = field == "productSetNo" ? int.Parse(value) : value;
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var response = await client.PostAsJsonAsync("/api/v1/products", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        var message = errors.GetProperty(field)[0].GetString()!;
        Assert.Matches("[àáảãạăâđêôơưộệữ]", message); // Vietnamese
        Assert.False(await app.WithDbAsync(db => db.Products.AnyAsync(p => p.Name == name)));
        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Bad_tax_code_is_refused_and_nothing_written()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var response = await client.PostAsJsonAsync("/api/v1/producers", new { name = "HTX mã thuế sai", legalForm = "cooperative", communeCode = "05830", taxCode = "4700123453" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("chữ số kiểm tra", (await response.JsonAsync()).GetProperty("errors").GetProperty("taxCode")[0].GetString());
        var unknownForm = await client.PostAsJsonAsync("/api/v1/producers", new { name = "HTX mã thuế sai", legalForm = "hop-tac-xa-cu", communeCode = "05830" });
        Assert.True((await unknownForm.JsonAsync()).GetProperty("errors").TryGetProperty("legalForm", out _));
        Assert.False(await app.WithDbAsync(db => db.Producers.AnyAsync(p => p.Name == "HTX mã thuế sai")));
    }

    [Fact]
    public async Task Producer_details_round_trip_with_child_rows()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var created = await client.PostAsJsonAsync("/api/v1/producers", new
        {
            name = "HTX Chè Tân Cương mới", legalForm = "cooperative", communeCode = "05830", taxCode = "4700987653", phone = "0912 345 678",
            email = "che@example.vn", representative = "Lò Thị Dung", representativeGender = "female", representativeEthnicity = "Thái",
            representativeHasDisability = true, workers = 10, localWorkers = 8, isSme = false,
            financialYears = new[] { new { year = 2024, revenue = 1_000_000_000m, profit = 100_000_000m }, new { year = 2025, revenue = 1_200_000_000m, profit = -5_000_000m } },
            certifications = new[] { new { kind = "vietgap", number = "VG-1", issuer = "Cục", validFrom = "2025-01-01", validTo = "2027-12-31" } },
            salesChannels = new[] { new { kind = "ecommerce-platform", name = "Sàn", url = "https://example.vn" } },
            rawMaterialAreas = new[] { new { name = "Đồi chè", areaHa = 3.5m, certification = "vietgap" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = await created.JsonAsync();
        Assert.Equal(2, dto.GetProperty("financialYears").GetArrayLength());
        Assert.Equal("vietgap", dto.GetProperty("certifications")[0].GetProperty("kind").GetString());
        // Shifting the years (2024, 2025 → 2025, 2026) updates by year; other lists left out (null) stay as they are.
        var put = await client.PutAsJsonAsync($"/api/v1/producers/{dto.GetProperty("id").GetInt32()}", new
        {
            name = "HTX Chè Tân Cương mới", legalForm = "cooperative", communeCode = "05830", version = dto.GetProperty("version").GetInt64(),
            financialYears = new[] { new { year = 2025, revenue = 1_300_000_000m, profit = 1m }, new { year = 2026, revenue = 1_400_000_000m, profit = 2m } },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var updated = await put.JsonAsync();
        Assert.Equal([2025, 2026], updated.GetProperty("financialYears").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(1_300_000_000m, updated.GetProperty("financialYears")[0].GetProperty("revenue").GetDecimal());
        Assert.Equal(1, updated.GetProperty("certifications").GetArrayLength());
        var badChild = await client.PostAsJsonAsync("/api/v1/producers", new
        {
            name = "HTX kênh sai", legalForm = "cooperative", communeCode = "05830", phone = "12345",
            salesChannels = new[] { new { kind = "cho-den", name = "x", url = "javascript:alert(1)" } },
        });
        var errors = (await badChild.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("phone", out _));
        Assert.True(errors.TryGetProperty("salesChannels[0].kind", out _));
        Assert.True(errors.TryGetProperty("salesChannels[0].url", out _));
    }

    [Fact]
    public async Task Codes_follow_a_per_commune_sequence_and_history_sets_current_stars()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var existing = await app.WithDbAsync(db => db.Products.Where(p => p.CodeCommune == "05908").MaxAsync(p => p.CodeSequence)) ?? 0;
        var first = await (await client.PostAsJsonAsync("/api/v1/products", await InputAsync("Gạo nếp cái hoa vàng", "05908", 3, producer: "Tổ hợp tác Gạo nếp vải Phú Bình"))).JsonAsync();
        var history = new object[]
        {
            new { evaluationYear = 2022, stars = 3, rulebookId = "1048-2019", issuedOn = "2022-05-01", expiresOn = "2025-05-01" },
            new { evaluationYear = 2026, stars = 4, points = 75.5m, rulebookId = "26-2026", level = "province", decisionNumber = "12/QĐ-UBND", issuedOn = "2026-06-01", expiresOn = "2029-06-01" },
        };
        var second = await client.PostAsJsonAsync("/api/v1/products", await InputAsync("Bánh chưng nếp vải", "05908", 6, producer: "Tổ hợp tác Gạo nếp vải Phú Bình", history: history));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var dto = await second.JsonAsync();
        Assert.Equal($"19-05908-{existing + 1}-{DateTime.UtcNow.Year}", first.GetProperty("ocopCode").GetString());
        Assert.Equal($"19-05908-{existing + 2}-{DateTime.UtcNow.Year}", dto.GetProperty("ocopCode").GetString());
        Assert.Equal(4, dto.GetProperty("currentStars").GetInt32());
        Assert.Equal(2, dto.GetProperty("history").GetArrayLength());
        // A historical code (with the district part) is kept exactly as written.
        var historical = await client.PostAsJsonAsync("/api/v1/products", new
        {
            name = "Chè cũ", producerId = await ProducerIdAsync("Công ty TNHH Chè Đại Từ"), communeCode = "05830", productSetNo = 11, ocopCode = "19-168-05830-7-2020",
        });
        Assert.Equal("19-168-05830-7-2020", (await historical.JsonAsync()).GetProperty("ocopCode").GetString());
    }

    [Fact]
    public async Task Concurrent_creation_in_one_commune_gives_unique_consecutive_codes()
    {
        var inputs = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => InputAsync($"Sản phẩm song song {i}", "02020", 7, producer: "Hợp tác xã Miến dong Chợ Đồn")));
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.ApiAsAsync("ocop.thainguyen")));
        var responses = await Task.WhenAll(inputs.Select((input, i) => clients[i].PostAsJsonAsync("/api/v1/products", input)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var codes = await app.WithDbAsync(db => db.Products.Where(p => p.CodeCommune == "02020").Select(p => p.CodeSequence!.Value).ToListAsync());
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, codes.Count), codes.Order());
    }

    [Fact]
    public async Task Product_changes_are_audited_and_a_stale_put_is_409()
    {
        var client = await app.ApiAsAsync("xa.babe");
        var created = await (await client.PostAsJsonAsync("/api/v1/products", await InputAsync("Măng khô Ba Bể"))).JsonAsync();
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/products/{id}", await InputAsync("Măng khô Ba Bể loại 1", version: version))).StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/v1/products/{id}", await InputAsync("Măng khô bản cũ", version: version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Product" && a.EntityId == id.ToString()).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["Created", "Updated"], trail.Select(a => a.Action));
        Assert.All(trail, a => Assert.Equal("xa.babe", a.UserName));
        Assert.Contains("Măng khô Ba Bể loại 1", trail[1].After);
        Assert.Equal("Măng khô Ba Bể loại 1", await app.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/products/{id}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Product" && a.EntityId == id.ToString() && a.Action == "Deleted")));
    }

    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent("Ảnh bìa"), "caption" } };
    }

    [Fact]
    public async Task Photos_are_checked_by_content_and_size_and_served_only_in_scope()
    {
        var client = await app.ApiAsAsync("chuthe.bixanh");
        var id = await ProductIdAsync("Bí xanh thơm Ba Bể");
        var fake = await client.PostAsync($"/api/v1/products/{id}/photos", Upload("<html>not an image</html>"u8.ToArray(), "anh.png", "image/png"));
        Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode);
        Assert.Contains("không phải ảnh", (await fake.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString());
        var big = new byte[5 * 1024 * 1024 + 1];
        Png.CopyTo(big, 0);
        var oversize = await client.PostAsync($"/api/v1/products/{id}/photos", Upload(big, "to.png", "image/png"));
        Assert.Equal(HttpStatusCode.BadRequest, oversize.StatusCode);
        Assert.Contains("tối đa 5 MB", await oversize.Content.ReadAsStringAsync());

        var ok = await client.PostAsync($"/api/v1/products/{id}/photos", Upload(Png, "bi-xanh.jpg", "image/jpeg")); // the name lies; the content is PNG
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var photo = await ok.JsonAsync();
        Assert.Equal("image/png", photo.GetProperty("contentType").GetString());
        var url = photo.GetProperty("url").GetString()!;
        var download = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("xa.chodon")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/photos/" + id)).StatusCode); // nothing under wwwroot
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProductRegistrySqliteTests(SqliteAppFactory app) : ProductRegistryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProductRegistryPostgresTests(PostgresAppFactory app) : ProductRegistryTests(app);
