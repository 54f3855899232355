using System.Net;
using System.Text.RegularExpressions;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

/// <summary>The import pages as a user drives them: upload, progress (htmx partial), preview, commit; who may see them.</summary>
public abstract partial class ImportPagesTests(OcopAppFactory app)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static async Task<string> TokenAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(Token().Match(await client.GetStringAsync(url)).Groups[1].Value);

    [Fact]
    public async Task Officer_uploads_previews_and_commits_through_the_pages()
    {
        var client = await app.PagesAsAsync("ocop.thainguyen");
        var index = await client.GetStringAsync("/Imports");
        Assert.Contains("data-nav=\"imports\"", index);
        Assert.Contains("/api/v1/imports/templates/products.xlsx", index);

        var name = $"HTX Trang {Guid.NewGuid():N}"[..20];
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client, "/Imports")), "__RequestVerificationToken" },
            { new StringContent("producers"), "Kind" },
            { new ByteArrayContent(ImportTests.Xlsx(ImportTests.ProducerRow(name, "Xã Ba Bể"), ImportTests.ProducerRow("HTX Sai", "Xã Không Có"))), "Upload", "ds.xlsx" },
        };
        var upload = await client.PostAsync("/Imports", form);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var jobUrl = upload.Headers.Location!.OriginalString;
        var id = jobUrl.Split("id=")[1];

        // The progress block is polled until the job ends; then it asks htmx to reload the page.
        for (var i = 0; i < 100; i++)
        {
            var progress = await client.GetAsync($"/Imports/Job?handler=Progress&id={id}");
            Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
            if (progress.Headers.Contains("HX-Refresh")) break;
            Assert.Contains("hx-trigger=\"every 1s\"", await progress.Content.ReadAsStringAsync());
            await Task.Delay(100);
        }
        var page = await client.GetStringAsync(jobUrl);
        Assert.Contains("Thêm mới", page);
        Assert.Contains("Không tìm thấy xã/phường", page);
        Assert.Contains($"/api/v1/imports/{id}/errors.xlsx", page);
        Assert.Contains("disabled=\"disabled\" data-testid=\"import-commit\"", page);
        // A commit forced past the disabled button is refused and writes nothing.
        var refused = await client.PostAsync($"/Imports/Job?handler=Commit&id={id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(client, jobUrl) }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Tệp còn dòng lỗi", await refused.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Producers, p => p.Name == name)));

        // Unmapping the commune column through the mapping form is reported as a missing required column.
        var remap = await client.PostAsync($"/Imports/Job?handler=Map&id={id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(client, jobUrl), ["map[name]"] = "0", ["map[legalForm]"] = "1", ["map[commune]"] = "-1",
        }));
        Assert.Contains("Thiếu cột bắt buộc: Xã/phường", await remap.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("chuthe.bixanh")]
    [InlineData("hoidong.thainguyen")]
    public async Task Producers_and_council_members_cannot_open_the_import_pages(string user)
    {
        var client = await app.PagesAsAsync(user);
        var response = await client.GetAsync("/Imports");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("data-nav=\"imports\"", await client.GetStringAsync("/"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportPagesSqliteTests(SqliteAppFactory app) : ImportPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportPagesPostgresTests(PostgresAppFactory app) : ImportPagesTests(app);
