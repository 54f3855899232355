using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

/// <summary>The search box (no diacritics, any case, name matches first), filters, paging, and exports of what a list shows.</summary>
public abstract class RegistrySearchAndExportTests(OcopAppFactory app)
{
    private static async Task<List<string>> NamesAsync(HttpClient client, string query)
    {
        // A full page (200) so other tests' products in the shared app cannot push the expected ones off page 1.
        var response = await client.GetAsync("/api/v1/products?" + query + (query.Contains("pageSize") ? "" : "&pageSize=200"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
    }

    private async Task EnsureSearchProductsAsync()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        if ((await NamesAsync(client, "q=nuoc+mam")).Count > 0) return;
        var producerId = await app.WithDbAsync(db => db.Producers.Where(p => p.Name == "Công ty TNHH Chè Đại Từ").Select(p => p.Id).SingleAsync());
        // "Nước mắm" in the name of one, only in the description of another: the name match must come first.
        foreach (var (name, set, description) in new[]
        {
            ("Gia vị chấm Đại Từ", 9, "Pha từ NƯỚC MẮM cốt và ớt."),
            ("Nước mắm cá suối Đại Từ", 9, "Cá suối ủ chượp."),
            ("=HYPERLINK(\"http://x\") Chè độc", 11, "-2+3 công thức"),
        })
        {
            var response = await client.PostAsJsonAsync("/api/v1/products", new { name, producerId, communeCode = "05830", productSetNo = set, description });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("q=bi+xanh+ba+be", "Bí xanh thơm Ba Bể")]
    [InlineData("q=BI%20XANH%20THOM", "Bí xanh thơm Ba Bể")]
    [InlineData("q=B%C3%AD%20Xanh", "Bí xanh thơm Ba Bể")]
    [InlineData("q=mien+dong+cho+don", "Miến dong Chợ Đồn")]
    public async Task Search_ignores_diacritics_and_case(string query, string expected)
    {
        // Other tests of the shared app add products with similar names; the demo product must be among the first hits.
        var names = await NamesAsync(await app.ApiAsAsync("ocop.thainguyen"), query);
        Assert.Contains(expected, names);
    }

    [Fact]
    public async Task Name_matches_rank_before_other_matches()
    {
        await EnsureSearchProductsAsync();
        var names = await NamesAsync(await app.ApiAsAsync("ocop.thainguyen"), "q=nuoc+mam");
        Assert.Equal(["Nước mắm cá suối Đại Từ", "Gia vị chấm Đại Từ"], names);
        Assert.Empty(await NamesAsync(await app.ApiAsAsync("ocop.thainguyen"), "q=nuoc+mam+xyz"));
        Assert.Empty(await NamesAsync(await app.ApiAsAsync("ocop.thainguyen"), "q=%25")); // a typed wildcard is text, not "anything"
    }

    [Fact]
    public async Task Search_combines_with_filters_and_paging()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        Assert.Equal(["Miến dong Chợ Đồn"], await NamesAsync(client, "star=4&commune=02020"));
        Assert.DoesNotContain("Bí xanh thơm Ba Bể", await NamesAsync(client, "star=4"));
        // The shared app holds other tests' products of the same producer and commune: check membership and exclusion.
        Assert.Contains("Bí xanh thơm Ba Bể", await NamesAsync(client, "set=1&q=ba+be"));
        Assert.DoesNotContain("Miến dong Chợ Đồn", await NamesAsync(client, "set=1&q=ba+be"));
        Assert.Contains("Bí xanh thơm Ba Bể", await NamesAsync(client, "certification=vietgap&star=3"));
        Assert.DoesNotContain("Miến dong Chợ Đồn", await NamesAsync(client, "certification=vietgap&star=3"));
        Assert.Contains("Gạo nếp vải Phú Bình", await NamesAsync(client, "legalForm=cooperative-group"));
        Assert.Empty(await NamesAsync(client, "sector=II"));
        Assert.Empty(await NamesAsync(client, "province=25")); // another province: the filter cannot widen the scope

        var page1 = await (await client.GetAsync("/api/v1/products?pageSize=2&page=1")).JsonAsync();
        var page2 = await (await client.GetAsync("/api/v1/products?pageSize=2&page=2")).JsonAsync();
        Assert.True(page1.GetProperty("total").GetInt32() >= 4);
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        var ids1 = page1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32());
        var ids2 = page2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32());
        Assert.Empty(ids1.Intersect(ids2));
    }

    private static async Task<(List<int> Ids, int Total)> PageAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/products?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.JsonAsync();
        return (page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList(), page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=dai+tu")] // words the SQLite full-text index answers exactly: counted from the index alone for a national user
    [InlineData("q=che")]
    [InlineData("q=ba+be")] // a two-letter word: checked with LIKE
    [InlineData("q=nuoc+mam&province=19")]
    public async Task Total_is_the_same_whether_counted_or_told_by_the_page(string query)
    {
        await EnsureSearchProductsAsync();
        var admin = await app.ApiAsAsync("admin");
        var all = await PageAsync(admin, query + "&pageSize=200");   // a partial page: the total comes from the page
        var counted = await PageAsync(admin, query + "&pageSize=1"); // a full page: the total is a COUNT
        var past = await PageAsync(admin, query + "&pageSize=1&page=1000"); // past the end: counted too
        Assert.Equal(all.Ids.Count, all.Total);
        Assert.Equal(all.Total, counted.Total);
        Assert.Equal(all.Total, past.Total);
        Assert.Empty(past.Ids);
        if (all.Total > 0) Assert.Equal(all.Ids[0], counted.Ids[0]);
        var nothing = await PageAsync(admin, query + "&q=xyzxyz");
        Assert.Equal((0, 0), (nothing.Ids.Count, nothing.Total));
    }

    [Theory]
    [InlineData("q=dai+tu")]
    [InlineData("q=che")]
    [InlineData("q=bi+xanh+ba+be")]
    [InlineData("q=nuoc+mam&star=4")]
    public async Task A_province_scope_finds_what_a_national_user_finds_with_that_province(string query)
    {
        // The province user's scope (and the national user's province filter) make SQLite look rows up through the
        // province index and check them against the full-text matches; a national search starts from the matches.
        await EnsureSearchProductsAsync();
        var national = await PageAsync(await app.ApiAsAsync("admin"), query + "&province=19&pageSize=200");
        var province = await PageAsync(await app.ApiAsAsync("ocop.thainguyen"), query + "&pageSize=200");
        Assert.Equal(national.Ids, province.Ids);
        Assert.Equal(national.Total, province.Total);
        var unfiltered = await PageAsync(await app.ApiAsAsync("admin"), query + "&pageSize=200");
        Assert.Subset(unfiltered.Ids.ToHashSet(), national.Ids.ToHashSet());
    }

    [Fact]
    public async Task Lists_without_a_query_are_in_name_order_on_every_page()
    {
        await EnsureSearchProductsAsync();
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var expected = await app.WithDbAsync(db => db.Products.Where(p => p.ProvinceCode == "19").OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync());
        var paged = new List<int>();
        for (var page = 1; page <= (expected.Count + 2) / 3; page++) paged.AddRange((await PageAsync(client, $"pageSize=3&page={page}")).Ids);
        Assert.Equal(expected, paged);

        var producers = await (await client.GetAsync("/api/v1/producers?pageSize=200")).JsonAsync();
        var producerIds = producers.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(await app.WithDbAsync(db => db.Producers.Where(p => p.ProvinceCode == "19").OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync()), producerIds);
        Assert.Equal(producerIds.Count, producers.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Producer_search_ignores_diacritics_and_filters_by_legal_form()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var page = await (await client.GetAsync("/api/v1/producers?q=HOP+TAC+XA+bi+xanh")).JsonAsync();
        Assert.Equal("Hợp tác xã Nông nghiệp Bí xanh Ba Bể", page.GetProperty("items")[0].GetProperty("name").GetString());
        var smes = await (await client.GetAsync("/api/v1/producers?legalForm=sme")).JsonAsync();
        Assert.All(smes.GetProperty("items").EnumerateArray(), p => Assert.Equal("sme", p.GetProperty("legalForm").GetString()));
    }

    [Fact]
    public async Task Xlsx_export_has_the_filtered_rows_in_scope()
    {
        var client = await app.PagesAsAsync("ocop.thainguyen");
        var response = await client.GetAsync("/Products?handler=Export&format=xlsx&star=4");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var names = rows.Select(r => r["Tên sản phẩm"]?.ToString()).ToList();
        Assert.Contains("Miến dong Chợ Đồn", names);
        Assert.Contains("Chè Tân Cương Đại Từ", names);
        Assert.DoesNotContain("Bí xanh thơm Ba Bể", names); // 3★, filtered out
        Assert.All(rows, r => Assert.Equal("4", r["Số sao"]?.ToString()));

        var commune = await app.PagesAsAsync("xa.babe");
        using var babe = new MemoryStream(await (await commune.GetAsync("/Products?handler=Export&format=xlsx")).Content.ReadAsByteArrayAsync());
        Assert.All(babe.Query(useHeaderRow: true).Cast<IDictionary<string, object>>(), r => Assert.Equal("01906", r["Mã xã"]?.ToString()));
    }

    [Fact]
    public async Task Csv_export_neutralises_formulas()
    {
        await EnsureSearchProductsAsync();
        var client = await app.PagesAsAsync("ocop.thainguyen");
        var response = await client.GetAsync("/Products?handler=Export&format=csv&q=che+doc");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length > 1 ? text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries) : text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Mã số OCOP,Tên sản phẩm,", lines[0]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\") Chè độc\"", lines[1]);

        var xlsx = await client.GetAsync("/Products?handler=Export&format=xlsx&q=che+doc");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>());
        Assert.StartsWith("'=HYPERLINK", row["Tên sản phẩm"]?.ToString());
    }

    [Fact]
    public async Task Producer_list_exports_what_it_shows()
    {
        var client = await app.PagesAsAsync("xa.chodon");
        var csv = Encoding.UTF8.GetString(await (await client.GetAsync("/Producers?handler=Export&format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Hợp tác xã Miến dong Chợ Đồn", csv);
        Assert.DoesNotContain("Bí xanh", csv);
        using var stream = new MemoryStream(await (await client.GetAsync("/Producers?handler=Export&format=xlsx")).Content.ReadAsByteArrayAsync());
        Assert.All(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>(), r => Assert.Equal("02020", r["Mã xã"]?.ToString()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistrySearchAndExportSqliteTests(SqliteAppFactory app) : RegistrySearchAndExportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegistrySearchAndExportPostgresTests(PostgresAppFactory app) : RegistrySearchAndExportTests(app);
