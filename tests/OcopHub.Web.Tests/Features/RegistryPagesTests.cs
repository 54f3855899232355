using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

/// <summary>The registry pages as a user meets them: lists, details, forms with Vietnamese errors, nothing half-written.</summary>
public abstract class RegistryPagesTests(OcopAppFactory app)
{
    private Task<int> ProductIdAsync(string name) => app.WithDbAsync(db => db.Products.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
    private Task<int> ProducerIdAsync(string name) => app.WithDbAsync(db => db.Producers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task Product_list_and_details_show_the_current_stars_in_scope()
    {
        var client = await app.PagesAsAsync("xa.babe");
        var list = await client.GetStringAsync("/Products?q=bi+xanh");
        Assert.Contains("Bí xanh thơm Ba Bể", list);
        Assert.Contains("★★★", list);
        Assert.DoesNotContain("Miến dong", await client.GetStringAsync("/Products"));
        var details = await client.GetStringAsync($"/Products/Details/{await ProductIdAsync("Bí xanh thơm Ba Bể")}");
        Assert.Contains("2345/QĐ-UBND", details);
        Assert.Contains("UBND huyện Ba Bể (cũ)", details); // 3★ under QĐ 148 in 2024: the district recognised it
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Products/Details/{await ProductIdAsync("Miến dong Chợ Đồn")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Products/Edit/{await ProductIdAsync("Miến dong Chợ Đồn")}")).StatusCode);
    }

    [Fact]
    public async Task Product_form_shows_vietnamese_errors_and_writes_nothing()
    {
        var client = await app.PagesAsAsync("xa.babe");
        var producer = await ProducerIdAsync("Hợp tác xã Nông nghiệp Bí xanh Ba Bể");
        var response = await client.PostFormAsync("/Products/Edit", new()
        {
            ["Form.Name"] = "Bí đỏ lỗi", ["Form.ProducerId"] = producer.ToString(), ["Form.CommuneCode"] = "01906", ["Form.RulebookId"] = "26-2026",
            ["Form.ProductSetNo"] = "1", ["Form.Gtin"] = "8934567890124", ["Form.ShelfLifeDays"] = "abc",
            ["Form.History[0].EvaluationYear"] = "2025", ["Form.History[0].Stars"] = "7",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Giá trị 'abc' không hợp lệ", WebUtility.HtmlDecode(html));
        Assert.False(await app.WithDbAsync(db => db.Products.AnyAsync(p => p.Name == "Bí đỏ lỗi")));

        var fixedUp = await client.PostFormAsync("/Products/Edit", new()
        {
            ["Form.Name"] = "Bí đỏ lỗi", ["Form.ProducerId"] = producer.ToString(), ["Form.CommuneCode"] = "01906", ["Form.RulebookId"] = "26-2026",
            ["Form.ProductSetNo"] = "1", ["Form.Gtin"] = "8934567890124", ["Form.History[0].EvaluationYear"] = "2025", ["Form.History[0].Stars"] = "7",
        });
        var text = WebUtility.HtmlDecode(await fixedUp.Content.ReadAsStringAsync());
        Assert.Contains("Số kiểm tra của mã GTIN sai", text); // GTIN check digit, from Core
        Assert.Contains("Số sao 7 không hợp lệ", text);
        Assert.False(await app.WithDbAsync(db => db.Products.AnyAsync(p => p.Name == "Bí đỏ lỗi")));

        var ok = await client.PostFormAsync("/Products/Edit", new()
        {
            ["Form.Name"] = "Bí đỏ Ba Bể", ["Form.ProducerId"] = producer.ToString(), ["Form.CommuneCode"] = "01906", ["Form.RulebookId"] = "26-2026",
            ["Form.ProductSetNo"] = "1", ["Form.Gtin"] = "8934567890120", ["Form.History[0].EvaluationYear"] = "2026", ["Form.History[0].Stars"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var saved = await app.WithDbAsync(db => db.Products.SingleAsync(p => p.Name == "Bí đỏ Ba Bể"));
        Assert.Equal(3, saved.CurrentStars);
        Assert.StartsWith("19-01906-", saved.OcopCode);
    }

    [Fact]
    public async Task Producer_self_service_page_edits_only_its_own_record()
    {
        var client = await app.PagesAsAsync("chuthe.bixanh");
        var mine = await client.GetStringAsync("/Producers/Details");
        Assert.Contains("Hợp tác xã Nông nghiệp Bí xanh Ba Bể", mine);
        Assert.Contains("VietGAP", mine);
        var own = await ProducerIdAsync("Hợp tác xã Nông nghiệp Bí xanh Ba Bể");
        var neighbour = await ProducerIdAsync("Hộ kinh doanh Mật ong bạc hà Ba Bể");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Producers/Edit/{neighbour}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Producers/Details/{neighbour}")).StatusCode);

        var version = await app.WithDbAsync(db => db.Producers.Where(p => p.Id == own).Select(p => p.Version).SingleAsync());
        var bad = await client.PostFormAsync($"/Producers/Edit/{own}", new()
        {
            ["Version"] = version.ToString(), ["Form.Name"] = "Hợp tác xã Nông nghiệp Bí xanh Ba Bể", ["Form.LegalForm"] = "cooperative",
            ["Form.CommuneCode"] = "01906", ["Form.TaxCode"] = "4700123453", ["Form.Phone"] = "0912345678",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("chữ số kiểm tra", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
        Assert.Equal(version, await app.WithDbAsync(db => db.Producers.Where(p => p.Id == own).Select(p => p.Version).SingleAsync()));
    }

    [Fact]
    public async Task Details_page_uploads_a_photo_and_refuses_a_fake_one()
    {
        var client = await app.PagesAsAsync("xa.chodon");
        var id = await ProductIdAsync("Miến dong Chợ Đồn");
        async Task<HttpResponseMessage> UploadAsync(byte[] bytes)
        {
            var page = await client.GetStringAsync($"/Products/Details/{id}");
            var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            var form = new MultipartFormDataContent { { file, "file", "mien.jpg" }, { new StringContent("Bó miến"), "caption" }, { new StringContent(token), "__RequestVerificationToken" } };
            return await client.PostAsync($"/Products/Details/{id}?handler=Photo", form);
        }
        var fake = await UploadAsync("GIF89a not a jpeg"u8.ToArray());
        Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
        Assert.Contains("không phải ảnh JPEG, PNG hoặc WebP", WebUtility.HtmlDecode(await fake.Content.ReadAsStringAsync()));
        Assert.False(await app.WithDbAsync(db => db.ProductPhotos.AnyAsync(p => p.ProductId == id)));

        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];
        var ok = await UploadAsync(jpeg);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var photo = await app.WithDbAsync(db => db.ProductPhotos.SingleAsync(p => p.ProductId == id));
        Assert.Equal("image/jpeg", photo.ContentType);
        Assert.EndsWith(".jpg", photo.StoredName);
        Assert.Contains($"/api/v1/products/{id}/photos/{photo.Id}", await client.GetStringAsync($"/Products/Details/{id}"));
        Assert.Equal(jpeg, await client.GetByteArrayAsync($"/api/v1/products/{id}/photos/{photo.Id}"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistryPagesSqliteTests(SqliteAppFactory app) : RegistryPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegistryPagesPostgresTests(PostgresAppFactory app) : RegistryPagesTests(app);
