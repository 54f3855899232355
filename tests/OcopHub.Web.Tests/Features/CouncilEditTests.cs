using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.CouncilSteps;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>Keeping councils: the office edits its province's councils on /Councils/Edit, the Ministry the central council.</summary>
public abstract class CouncilEditTests(OcopAppFactory app)
{
    /// <summary>A council of a past term (never the active one), created by the office through the API.</summary>
    private async Task<JsonElement> PastCouncilAsync(string name)
    {
        var office = await app.ApiAsAsync(Office);
        var created = await office.PostAsJsonAsync("/api/v1/councils", new
        {
            name, termFrom = "2018-01-01", termTo = "2018-12-31", chairUserName = Chair, secretaryUserName = Member3,
            members = new[] { new { userName = Chair, department = "Sở Nông nghiệp và Môi trường" }, new { userName = Member2, department = "Sở Công Thương" }, new { userName = Member3, department = "Sở Y tế" } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return await created.JsonAsync();
    }

    private static Dictionary<string, string> Form(string name, long version, params (string User, string? Dept)[] rows)
    {
        var f = new Dictionary<string, string>
        {
            ["Name"] = name, ["TermFrom"] = "2018-01-01", ["TermTo"] = "2018-12-31", ["Chair"] = "0", ["Secretary"] = "1",
            ["QuorumNumerator"] = "2", ["QuorumDenominator"] = "3", ["SpreadLimit"] = "8", ["Version"] = version.ToString(),
        };
        for (var i = 0; i < rows.Length; i++) { f[$"Rows[{i}].UserName"] = rows[i].User; f[$"Rows[{i}].Department"] = rows[i].Dept ?? ""; }
        return f;
    }

    [Fact]
    public async Task The_office_edits_a_council_on_the_page_with_validation_and_stale_detection()
    {
        var name = $"Hội đồng sửa trên trang {app.Provider}";
        var council = await PastCouncilAsync(name);
        var id = council.GetProperty("id").GetInt32();
        var version = council.GetProperty("version").GetInt64();
        var page = await app.PagesAsAsync(Office);
        Assert.Contains($"href=\"/Councils/Edit/{id}\"", await page.GetStringAsync("/Councils"));
        var html = await page.GetStringAsync($"/Councils/Edit/{id}");
        Assert.Contains(name, html);
        Assert.Contains($"value=\"{Member3}\"", html);
        var url = $"/Councils/Edit/{id}";

        async Task<string> RefusedAsync(Dictionary<string, string> form, HttpStatusCode status = HttpStatusCode.BadRequest)
        {
            var r = await page.PostFormAsync(url, form, formPage: url);
            Assert.Equal(status, r.StatusCode);
            return WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        }

        // Chair must be a member: the chair's row is ticked "Bỏ".
        var noChair = Form(name, version, (Chair, null), (Member2, null));
        noChair["Rows[0].Remove"] = "true";
        Assert.Contains("Chủ tịch Hội đồng phải là một thành viên trong danh sách.", await RefusedAsync(noChair));
        var backwards = Form(name, version, (Chair, null), (Member2, null));
        backwards["TermTo"] = "2017-12-31";
        Assert.Contains("Ngày kết thúc nhiệm kỳ phải từ ngày bắt đầu trở đi.", await RefusedAsync(backwards));
        Assert.Contains("Không có người dùng: khong.ton.tai", await RefusedAsync(Form(name, version, (Chair, null), ("khong.ton.tai", null))));
        Assert.Contains("phải là tài khoản Thành viên hội đồng của tỉnh: xa.babe", await RefusedAsync(Form(name, version, (Chair, null), ("xa.babe", null))));
        Assert.Contains("bo.nnmt", await RefusedAsync(Form(name, version, (Chair, null), ("bo.nnmt", null))));
        var lowQuorum = Form(name, version, (Chair, null), (Member2, null));
        lowQuorum["QuorumNumerator"] = "1";
        Assert.Contains("Túc số phải từ một nửa số thành viên trở lên.", await RefusedAsync(lowQuorum));
        Assert.Equal(version, (await app.WithDbAsync(db => db.Councils.SingleAsync(c => c.Id == id))).Version); // nothing written

        // "Thêm dòng" keeps what was typed and adds rows, without saving.
        var more = await page.PostFormAsync(url + "?handler=AddRow", Form(name + " (đang gõ)", version, (Chair, null)), formPage: url);
        Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        var moreHtml = WebUtility.HtmlDecode(await more.Content.ReadAsStringAsync());
        Assert.Contains(name + " (đang gõ)", moreHtml);
        Assert.Contains("name=\"Rows[3].UserName\"", moreHtml);

        // A valid edit: new name, member 3 removed, quorum 2/3, department changed.
        var renamed = name + " (đã sửa)";
        var ok = await page.PostFormAsync(url, Form(renamed, version, (Chair, "Văn phòng UBND tỉnh"), (Member2, "Sở Công Thương")), formPage: url);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var saved = await app.WithDbAsync(db => db.Councils.Include(c => c.Members).SingleAsync(c => c.Id == id));
        Assert.Equal(renamed, saved.Name);
        Assert.Equal(2, saved.Members.Count);
        Assert.Equal((2, 3, 8m), (saved.QuorumNumerator, saved.QuorumDenominator, saved.SpreadLimit));
        Assert.Equal("Văn phòng UBND tỉnh", saved.Members.Single(m => m.UserId == saved.ChairUserId).Department);
        Assert.NotEqual(version, saved.Version);
        // Audited: the council's update and the member's removal.
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => (a.EntityType == "Council" && a.EntityId == id.ToString()) || a.EntityType == "CouncilMember").ToListAsync());
        Assert.Contains(audit, a => a.EntityType == "Council" && a.Action == "Updated" && a.UserName == Office);
        Assert.Contains(audit, a => a.EntityType == "CouncilMember" && a.Action == "Deleted" && a.Before!.Contains("Sở Y tế"));

        // The same stale form again: refused with the one stale-edit wording.
        Assert.Contains(Web.Infrastructure.StaleEdit.PageMessage, await RefusedAsync(Form(renamed + "!", version, (Chair, null), (Member2, null)), HttpStatusCode.Conflict));

        // Not the office: a council member may not edit; a commune officer neither; the Ministry does not keep provincial councils.
        foreach (var user in new[] { Member2, Commune, CentralChair })
        {
            var other = await (await app.PagesAsAsync(user)).GetAsync(url);
            Assert.True(other.StatusCode is HttpStatusCode.Forbidden || other.Headers.Location?.PathAndQuery.StartsWith("/Account/AccessDenied") == true, $"{user}: {other.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync("/Councils/Edit/999999")).StatusCode);
    }

    [Fact]
    public async Task The_office_creates_a_council_on_the_page()
    {
        var page = await app.PagesAsAsync(Office);
        Assert.Contains("href=\"/Councils/Edit\"", await page.GetStringAsync("/Councils"));
        Assert.Contains("name=\"Rows[4].UserName\"", await page.GetStringAsync("/Councils/Edit"));
        var name = $"Hội đồng lập trên trang {app.Provider}";
        var form = Form(name, 0, (Chair, null), (Member3, "Sở Khoa học và Công nghệ"), (Member2, "Sở Công Thương"));
        form.Remove("Version");
        form["TermFrom"] = "2017-01-01"; form["TermTo"] = "2017-12-31";
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync("/Councils/Edit", form, formPage: "/Councils/Edit")).StatusCode);
        var council = await app.WithDbAsync(db => db.Councils.Include(c => c.Members).SingleAsync(c => c.Name == name));
        Assert.Equal("province", council.Level);
        Assert.Equal("19", council.ProvinceCode);
        Assert.Equal(3, council.Members.Count);
        Assert.Equal("Sở Khoa học và Công nghệ", council.Members.Single(m => m.UserId == council.SecretaryUserId).Department);
    }

    [Fact]
    public async Task A_member_whose_sheet_is_in_an_open_scoring_cannot_be_removed()
    {
        var id = await DossierAsync(app);
        await SubmitAsync(await app.ApiAsAsync(Member3), id, await FullAnswersAsync(app));
        var office = await app.ApiAsAsync(Office);
        var demo = (await office.GetFromJsonAsync<JsonElement>("/api/v1/councils")).EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thái Nguyên");
        var cid = demo.GetProperty("id").GetInt32();
        var refused = await office.PutAsJsonAsync($"/api/v1/councils/{cid}", new
        {
            name = demo.GetProperty("name").GetString(), termFrom = "2026-01-01", termTo = "2030-12-31", chairUserName = Chair,
            members = new[] { new { userName = Chair }, new { userName = Member2 } }, version = demo.GetProperty("version").GetInt64(),
        });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Lý Văn Quang", problem);
        Assert.Contains("đã nộp phiếu chấm", problem);
        Assert.Equal(3, await app.WithDbAsync(db => db.CouncilMembers.CountAsync(m => m.CouncilId == cid)));
    }

    [Fact]
    public async Task The_ministry_keeps_the_central_council_and_provinces_cannot()
    {
        var ministry = await app.ApiAsAsync(CentralChair);
        var office = await app.ApiAsAsync(Office);
        var input = new
        {
            name = $"Hội đồng cấp trung ương thử {app.Provider}", termFrom = "2019-01-01", termTo = "2019-12-31", chairUserName = CentralChair,
            members = new[] { new { userName = CentralChair, department = "Bộ NN&MT" }, new { userName = Central2, department = "Bộ Công Thương" } },
            quorumNumerator = 1, quorumDenominator = 1,
        };
        var created = await ministry.PostAsJsonAsync("/api/v1/councils", input);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var council = await created.JsonAsync();
        Assert.Equal("central", council.GetProperty("level").GetString());
        Assert.Equal("", council.GetProperty("provinceCode").GetString());
        var id = council.GetProperty("id").GetInt32();

        // Provincial users: not theirs to create, and outside their scope to read or edit.
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/councils", new { input.name, input.termFrom, input.termTo, input.chairUserName, input.members, level = "central" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/councils/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.PutAsJsonAsync($"/api/v1/councils/{id}", new { input.name, input.termFrom, input.termTo, input.chairUserName, input.members, version = 1 })).StatusCode);
        Assert.DoesNotContain((await office.GetFromJsonAsync<JsonElement>("/api/v1/councils")).EnumerateArray(), c => c.GetProperty("level").GetString() == "central");
        // The Ministry does not create provincial councils; central members must be Ministry officers.
        Assert.Equal(HttpStatusCode.Forbidden, (await ministry.PostAsJsonAsync("/api/v1/councils", new { input.name, input.termFrom, input.termTo, input.chairUserName, input.members, level = "province" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ministry.PostAsJsonAsync("/api/v1/councils", new { input.name, input.termFrom, input.termTo, input.chairUserName, input.members, level = "district" })).StatusCode);
        var provincial = await ministry.PutAsJsonAsync($"/api/v1/councils/{id}", new
        {
            input.name, input.termFrom, input.termTo, input.chairUserName, version = council.GetProperty("version").GetInt64(),
            members = new[] { new { userName = CentralChair, department = "Bộ NN&MT" }, new { userName = Member2, department = "Sở Công Thương" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, provincial.StatusCode);
        Assert.Contains("cán bộ Bộ Nông nghiệp và Môi trường", await provincial.Content.ReadAsStringAsync());

        // The Ministry edits it on the page too.
        var page = await app.PagesAsAsync(CentralChair);
        Assert.Contains($"href=\"/Councils/Edit/{id}\"", await page.GetStringAsync("/Councils"));
        var html = await page.GetStringAsync($"/Councils/Edit/{id}");
        Assert.Contains("Sửa Hội đồng cấp trung ương", WebUtility.HtmlDecode(html));
        var form = new Dictionary<string, string>
        {
            ["Name"] = input.name + " (sửa)", ["TermFrom"] = "2019-01-01", ["TermTo"] = "2019-12-31", ["Chair"] = "0",
            ["QuorumNumerator"] = "1", ["QuorumDenominator"] = "1", ["SpreadLimit"] = "10", ["Version"] = council.GetProperty("version").GetInt64().ToString(),
            ["Rows[0].UserName"] = CentralChair, ["Rows[1].UserName"] = Central2, ["Rows[2].UserName"] = Central3,
        };
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync($"/Councils/Edit/{id}", form, formPage: $"/Councils/Edit/{id}")).StatusCode);
        Assert.Equal(3, await app.WithDbAsync(db => db.CouncilMembers.CountAsync(m => m.CouncilId == id)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CouncilEditSqliteTests(SqliteAppFactory app) : CouncilEditTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CouncilEditPostgresTests(PostgresAppFactory app) : CouncilEditTests(app);
