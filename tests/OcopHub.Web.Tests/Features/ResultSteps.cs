using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Core.Scoring;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Rulebooks;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Infrastructure;

/// <summary>
/// Dossiers waiting for a decision. <see cref="ScoredAsync"/> stands in for the council step (tested in
/// CouncilScoringTests): the three demo members' sheets with the same answers, and the evaluation the engine gives
/// them, stored as the chair's close stores it. <see cref="CentralEvaluationAsync"/> stands in for the central council.
/// </summary>
public static class ResultSteps
{
    public const string Ministry = "bo.nnmt";
    private const string Rulebook = "26-2026";

    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd");

    /// <summary>A new product of the demo producer (each decision needs distinct products).</summary>
    public static async Task<int> NewProductAsync(OcopAppFactory app, HttpClient office, string name)
    {
        var producerId = await app.WithDbAsync(db => db.Producers.Where(p => p.Name == "Hợp tác xã Nông nghiệp Bí xanh Ba Bể").Select(p => p.Id).SingleAsync());
        var response = await office.PostAsJsonAsync("/api/v1/products", new
        {
            name = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)], producerId, communeCode = "01906", rulebookId = Rulebook, productSetNo = 1,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    /// <summary>
    /// Answers to set 1 whose evaluation has <paramref name="stars"/> (below 90 points unless 5★; 2 means "below 3★", not
    /// recognised): from the best option everywhere, criteria are lowered one by one as long as the result keeps at least that many stars.
    /// </summary>
    public static async Task<Dictionary<string, string>> AnswersForStarsAsync(OcopAppFactory app, int stars)
    {
        var sheet = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/rulebooks/{Rulebook}/sets/1");
        var criteria = new List<(string Code, List<string> Letters)>();
        foreach (var part in sheet.GetProperty("parts").EnumerateArray())
        foreach (var group in part.GetProperty("groups").EnumerateArray())
        foreach (var c in group.GetProperty("criteria").EnumerateArray())
            criteria.Add((c.GetProperty("code").GetString()!, c.GetProperty("options").EnumerateArray().Where(o => !o.GetProperty("knockOut").GetBoolean())
                .OrderBy(o => o.GetProperty("points").GetDecimal()).Select(o => o.GetProperty("letter").GetString()!).ToList()));
        var rulebook = app.Service<RulebookCatalog>().Find(Rulebook)!;
        bool Wanted(EvaluationResult r) => stars <= 2 ? (r.AwardedStars ?? 0) < 3 : r.AwardedStars == stars && (stars == 5 || r.Average < ProvincialOutcomes.CentralThreshold);
        var answers = criteria.ToDictionary(c => c.Code, c => c.Letters[^1]);
        if (Wanted(StarEngine.Evaluate(rulebook, 1, [new ScoreSheetAnswers("x", answers)]))) return answers;
        foreach (var (code, letters) in criteria)
            for (var o = letters.Count - 2; o >= 0; o--)
            {
                var trial = new Dictionary<string, string>(answers) { [code] = letters[o] };
                var r = StarEngine.Evaluate(rulebook, 1, [new ScoreSheetAnswers("x", trial)]);
                if (stars > 2 && (r.AwardedStars ?? 0) < stars) break;
                answers = trial;
                if (Wanted(r)) return answers;
            }
        throw new InvalidOperationException($"no answers found for {stars} stars");
    }

    /// <summary>A dossier of a new product, scored by the demo council with <paramref name="answers"/> and closed: in ProvincialDecision.</summary>
    public static async Task<(int Id, Evaluation Evaluation)> ScoredAsync(OcopAppFactory app, Dictionary<string, string> answers, string name = "Bí xanh kết quả")
    {
        var office = await app.ApiAsAsync(Office);
        var productId = await NewProductAsync(app, office, name);
        var roundId = await OpenRoundAsync(app, office);
        var producer = await app.ApiAsAsync(DossierSteps.Producer);
        var created = await producer.PostAsJsonAsync("/api/v1/dossiers", new
        {
            productId, type = "FirstTime", legalRepresentative = "Nông Thị Hoa", phone = "0912345678", answers = await FullAnswersAsync(app),
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();

        var rulebook = app.Service<RulebookCatalog>().Find(Rulebook)!;
        var evaluation = await app.WithDbAsync(async db =>
        {
            var council = await db.Councils.Include(c => c.Members).Where(c => c.ProvinceCode == "19").OrderBy(c => c.Id).FirstAsync();
            var sheets = council.Members.Select(m => new ScoreSheetAnswers(m.UserId, answers)).ToList();
            var r = StarEngine.Evaluate(rulebook, 1, sheets);
            var now = DateTime.UtcNow;
            var d = await db.Dossiers.SingleAsync(x => x.Id == id);
            d.State = DossierState.ProvincialDecision;
            d.RoundId = roundId;
            d.ReceiptNumber = $"{id}/PĐK-19-01906-{now.Year}";
            db.DossierEvents.Add(new DossierEvent { DossierId = id, At = now.AddMinutes(-30), UserName = Office, Role = "ProvincialOffice", Action = DossierAction.AssignToRound, From = DossierState.ProvinceCheck, To = DossierState.AssignedToRound });
            db.DossierEvents.Add(new DossierEvent { DossierId = id, At = now.AddMinutes(-1), UserName = DossierSteps.Council, Role = "CouncilChair", Action = DossierAction.ConcludeScoring, From = DossierState.Scoring, To = DossierState.ProvincialDecision });
            foreach (var m in council.Members)
                db.ScoreSheets.Add(new ScoreSheetEntry
                {
                    DossierId = id, CouncilId = council.Id, MemberUserId = m.UserId, MemberName = m.FullName, AnswersJson = JsonSerializer.Serialize(answers),
                    Total = r.Average, SubmittedAt = now.AddMinutes(-5), UpdatedAt = now.AddMinutes(-5), Version = 1,
                });
            var e = new Evaluation
            {
                DossierId = id, CouncilId = council.Id, RulebookId = Rulebook, SetNo = 1, Average = r.Average, Band = r.Band, Stars = r.AwardedStars,
                Spread = r.Spread, Outcome = ProvincialOutcomes.For(r.Average).ToString(), ExplanationVi = r.Explanation.Vi, ClosedBy = DossierSteps.Council, ClosedAt = now.AddMinutes(-1),
            };
            db.Evaluations.Add(e);
            await db.SaveChangesAsync();
            return e;
        });
        return (id, evaluation);
    }

    /// <summary>The central council's closed result for a dossier in CentralReview (its latest evaluation).</summary>
    public static Task<Evaluation> CentralEvaluationAsync(OcopAppFactory app, int dossierId, decimal average, int stars) =>
        app.WithDbAsync(async db =>
        {
            var council = await db.Councils.OrderBy(c => c.Id).FirstAsync();
            var e = new Evaluation
            {
                DossierId = dossierId, CouncilId = council.Id, RulebookId = Rulebook, SetNo = 1, Average = average, Band = stars, Stars = stars,
                Outcome = average >= 90 ? "ForwardToMinistry" : "RecogniseAtProvince",
                ExplanationVi = $"Hội đồng cấp trung ương: điểm trung bình {average}, đạt {stars} sao.", ClosedBy = Ministry, ClosedAt = DateTime.UtcNow,
            };
            db.Evaluations.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    public static async Task<long> VersionAsync(HttpClient client, int id) => (await GetAsync(client, id)).GetProperty("version").GetInt64();

    public static async Task<string> StateAsync(HttpClient client, int id) => (await GetAsync(client, id)).GetProperty("state").GetString()!;

    public static object Decision(string number, params object[] items) => new
    {
        number, decisionDate = Today, signerName = "Nguyễn Văn Chủ", signerTitle = "KT. Chủ tịch – Phó Chủ tịch", items,
    };

    public static string UniqueNumber(string suffix) => $"{Random.Shared.Next(100, 999)}-{Guid.NewGuid().ToString("N")[..4]}/{suffix}";
}
