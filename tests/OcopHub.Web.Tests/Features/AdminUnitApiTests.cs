using System.Net;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

public abstract class AdminUnitApiTests(OcopAppFactory app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<List<System.Text.Json.JsonElement>> ListAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).EnumerateArray().ToList();
    }

    [Fact]
    public async Task Today_there_are_34_provinces()
    {
        var provinces = await ListAsync("/api/v1/admin-units?level=province");
        Assert.Equal(34, provinces.Count);
        Assert.Contains(provinces, p => p.GetProperty("code").GetString() == "19" && p.GetProperty("fullName").GetString() == "Tỉnh Thái Nguyên");
    }

    [Fact]
    public async Task As_of_2024_there_were_63_provinces_with_districts()
    {
        var provinces = await ListAsync("/api/v1/admin-units?level=province&asOf=2024-01-01");
        Assert.Equal(63, provinces.Count);
        Assert.Contains(provinces, p => p.GetProperty("fullName").GetString() == "Tỉnh Bắc Kạn");
        var districts = await ListAsync("/api/v1/admin-units/06/children?asOf=2024-01-01");
        Assert.Contains(districts, d => d.GetProperty("fullName").GetString() == "Huyện Ba Bể");
        Assert.All(districts, d => Assert.Equal("district", d.GetProperty("level").GetString()));
    }

    [Fact]
    public async Task Children_of_a_province_are_its_communes()
    {
        var communes = await ListAsync("/api/v1/admin-units/19/children");
        Assert.Equal(92, communes.Count);
        Assert.Contains(communes, c => c.GetProperty("code").GetString() == "01906" && c.GetProperty("fullName").GetString() == "Xã Ba Bể");
    }

    [Theory]
    [InlineData("thai nguyen", "Tỉnh Thái Nguyên")]
    [InlineData("THÁI NGUYÊN", "Tỉnh Thái Nguyên")]
    [InlineData("dong thap", "Tỉnh Đồng Tháp")]
    public async Task Search_ignores_diacritics_and_case(string q, string expected)
    {
        var found = await ListAsync($"/api/v1/admin-units?level=province&q={Uri.EscapeDataString(q)}");
        Assert.Contains(found, u => u.GetProperty("fullName").GetString() == expected);
    }

    [Fact]
    public async Task Old_province_maps_to_its_successor()
    {
        var successors = await ListAsync("/api/v1/admin-units/06/successors");
        Assert.Equal("19", Assert.Single(successors).GetProperty("code").GetString()); // Bắc Kạn → Thái Nguyên
        var predecessors = await ListAsync("/api/v1/admin-units/25/predecessors");
        // The registry spells it "Hoà Bình" (old tone placement): compare folded names.
        var names = predecessors.Select(p => Core.Text.VietnameseText.Fold(p.GetProperty("fullName").GetString())).ToList();
        Assert.Contains("tinh hoa binh", names);
        Assert.Contains("tinh vinh phuc", names);
    }

    [Fact]
    public async Task Unknown_unit_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/v1/admin-units/99999/children");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("99999", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Bad_level_is_a_400_problem()
    {
        var response = await _client.GetAsync("/api/v1/admin-units?level=village");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bad_date_is_a_400_not_a_500()
    {
        var response = await _client.GetAsync("/api/v1/admin-units?level=province&asOf=not-a-date");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdminUnitApiSqliteTests(SqliteAppFactory app) : AdminUnitApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AdminUnitApiPostgresTests(PostgresAppFactory app) : AdminUnitApiTests(app);
