using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Core.Scoring;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>
/// What the decision pages read: the dossiers waiting in ProvincialDecision (the office) or CentralReview (the
/// Ministry), each with its latest evaluation — the central council's when there is one — and the written notice of a
/// result that is not recognised, with the gap analysis of what to improve.
/// </summary>
public sealed class ResultQueries(OcopDbContext db, RulebookCatalog catalog)
{
    /// <summary>The latest evaluation of a dossier, whether the central council made it, and whether the dossier came back from the Ministry.</summary>
    public sealed record Latest(Evaluation? Evaluation, bool IsCentral, bool ReturnedFromCentral);

    public Task<List<PendingResultDto>> ProvincialAsync(UserScope scope, CancellationToken ct) =>
        PendingAsync(db.Dossiers.InScope(scope).Where(d => d.State == DossierState.ProvincialDecision), ct);

    public Task<List<PendingResultDto>> NationalAsync(UserScope scope, CancellationToken ct) =>
        PendingAsync(db.Dossiers.InScope(scope).Where(d => d.State == DossierState.CentralReview), ct);

    private async Task<List<PendingResultDto>> PendingAsync(IQueryable<Dossier> query, CancellationToken ct)
    {
        var dossiers = await query.AsNoTracking().Include(d => d.Round).OrderBy(d => d.ProvinceCode).ThenBy(d => d.RoundId).ThenBy(d => d.ProductName)
            .Take(2000).ToListAsync(ct);
        var latest = await LatestAsync(dossiers.Select(d => d.Id).ToList(), ct);
        return dossiers.Select(d => Pending(d, latest[d.Id])).ToList();
    }

    public static PendingResultDto Pending(Dossier d, Latest latest)
    {
        var e = latest.Evaluation;
        var view = e is null ? null : new EvaluationView(e.Id, e.Average, e.Stars, e.Outcome, e.ExplanationVi, latest.IsCentral, e.ClosedAt, e.ClosedBy);
        var (choice, summary) = d.State == DossierState.CentralReview ? Central(latest) : Provincial(latest);
        return new(d.Id, d.Version, d.State, d.ProductId, d.ProductName, d.UnitName, d.ReceiptNumber, d.ProvinceCode, d.CommuneCode, d.RoundId,
            RoundName(d.Round), latest.ReturnedFromCentral, view, choice, summary);
    }

    public static string RoundName(Round? r) => r is null ? "Chưa xếp đợt đánh giá" : r.ToCore().NameVi;

    private static (string, string) Provincial(Latest l)
    {
        if (l.Evaluation is not { } e) return ("AwaitingEvaluation", "Hội đồng chưa kết luận kết quả đánh giá hồ sơ này.");
        var choice = ResultDecisions.ForProvince(e.Average, e.Stars, l.IsCentral);
        return (choice.ToString(), ResultDecisions.Summary(choice, e.Average, e.Stars, l.IsCentral));
    }

    private static (string, string) Central(Latest l)
    {
        if (l.Evaluation is not { } e) return (CentralChoice.AwaitingCentralCouncil, "Chưa có kết quả đánh giá.");
        if (!l.IsCentral)
            return (CentralChoice.AwaitingCentralCouncil, $"Chờ kết quả Hội đồng cấp trung ương (kết quả cấp tỉnh: {ResultDecisions.Points(e.Average)} điểm).");
        return ResultDecisions.MinistryMayRecognise(e.Average, e.Stars)
            ? (CentralChoice.RecogniseFiveStars, $"Kết quả Hội đồng cấp trung ương: {ResultDecisions.Points(e.Average)} điểm — có thể công nhận 5 sao")
            : (CentralChoice.ReturnToProvince, $"Kết quả Hội đồng cấp trung ương: {ResultDecisions.Points(e.Average)} điểm{(e.Stars is { } s ? $" ({s} sao)" : "")} — không đạt 5 sao, trả hồ sơ về tỉnh (Điều 7.4.g)");
    }

    /// <summary>The latest evaluation of each dossier (by id: the last closed) and the timeline facts the rules need.</summary>
    public async Task<Dictionary<int, Latest>> LatestAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.DossierId)).ToListAsync(ct);
        var steps = await db.DossierEvents.AsNoTracking().Where(e => ids.Contains(e.DossierId)
                && (e.Action == DossierAction.ForwardToMinistry || e.Action == DossierAction.AssignToRound || e.Action == DossierAction.ReturnToProvince))
            .Select(e => new { e.DossierId, e.Action, e.At }).ToListAsync(ct);
        var result = new Dictionary<int, Latest>();
        foreach (var id in ids.Distinct())
        {
            var e = evaluations.Where(x => x.DossierId == id).MaxBy(x => x.Id);
            var timeline = steps.Where(s => s.DossierId == id).Select(s => new TimelineStep(s.Action, s.At)).ToList();
            result[id] = new Latest(e, e is not null && ResultDecisions.IsCentral(e.ClosedAt, timeline),
                timeline.Any(s => s.Action == DossierAction.ReturnToProvince));
        }
        return result;
    }

    /// <summary>Thông báo kết quả: for a dossier not recognised, to its producer, commune and province (Art. 7.3.g).</summary>
    public sealed record NoticeData(Dossier Dossier, Evaluation Evaluation, DossierEvent? Declined, GapAnalysis? Gap, string ProvinceName,
        string? CommuneName, string RoundName);

    public async Task<NoticeData?> NoticeAsync(int dossierId, UserScope scope, CancellationToken ct)
    {
        var d = await db.Dossiers.InScope(scope).AsNoTracking().Include(x => x.Round).Include(x => x.Events)
            .FirstOrDefaultAsync(x => x.Id == dossierId && x.State == DossierState.NotRecognised, ct);
        if (d is null) return null;
        var e = await db.Evaluations.AsNoTracking().Where(x => x.DossierId == d.Id).OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
        if (e is null) return null;
        var (province, commune) = await PlaceNamesAsync(d, ct);
        return new NoticeData(d, e, d.Events.Where(x => x.Action == DossierAction.DeclineRecognition).MaxBy(x => x.At),
            await GapAsync(d, e, ct), province, commune, RoundName(d.Round));
    }

    public async Task<(string Province, string? Commune)> PlaceNamesAsync(Dossier d, CancellationToken ct)
    {
        var units = await db.AdministrativeUnits.AsNoTracking().Where(u => (u.Code == d.ProvinceCode || u.Code == d.CommuneCode) && u.ValidTo == null)
            .Select(u => new { u.Code, u.Level, u.FullName }).ToListAsync(ct);
        return (units.FirstOrDefault(u => u.Code == d.ProvinceCode && u.Level == UnitLevel.Province)?.FullName ?? d.ProvinceCode,
            units.FirstOrDefault(u => u.Code == d.CommuneCode && u.Level != UnitLevel.Province)?.FullName);
    }

    /// <summary>
    /// What to raise for the next star, from the counted members' answers for this evaluation (the council's score
    /// sheets), or the dossier's own sheet (Mẫu 02) when the council's are not on record. Null when no sheet scores.
    /// </summary>
    public async Task<GapAnalysis?> GapAsync(Dossier d, Evaluation e, CancellationToken ct)
    {
        if (catalog.Find(e.RulebookId) is not { } rulebook) return null;
        var sheets = (await db.ScoreSheets.AsNoTracking()
                .Where(s => s.DossierId == d.Id && s.CouncilId == e.CouncilId && s.SubmittedAt != null && s.RecusedAt == null)
                .OrderBy(s => s.Id).ToListAsync(ct))
            .Select(s => new ScoreSheetAnswers(s.MemberUserId, Answers(s.AnswersJson))).ToList();
        if (sheets.Count == 0) sheets = [new ScoreSheetAnswers(null, Answers(d.AnswersJson))];
        try
        {
            return GapAnalyzer.Analyze(rulebook, e.SetNo, sheets);
        }
        catch (ScoringException)
        {
            return null; // incomplete or outdated answers: the notice keeps the council's explanation only
        }
    }

    private static Dictionary<string, string> Answers(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(string.IsNullOrWhiteSpace(json) ? "{}" : json) ?? [];
}
