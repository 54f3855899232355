namespace OcopHub.Web.Data.Entities;

/// <summary>
/// Tự đánh giá (the scoring part of Mẫu 02): a producer's own answers on a product set's sheet, kept as a draft
/// until it goes into a dossier. Scoped through its producer.
/// </summary>
public class SelfAssessment : IAudited, IVersioned, IRegionScoped
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    public Producer? Producer { get; set; }
    public string ProductName { get; set; } = "";
    public string RulebookId { get; set; } = "";
    public int SetNo { get; set; }
    /// <summary>criterion code → option letter / "yes" / "no" / "none", as JSON. Unanswered criteria are absent.</summary>
    public string AnswersJson { get; set; } = "{}";
    /// <summary>The last computed total and star, for lists (recomputed on every save).</summary>
    public decimal? Total { get; set; }
    public int? PredictedStars { get; set; }
    public int Answered { get; set; }
    public int Criteria { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }
}
