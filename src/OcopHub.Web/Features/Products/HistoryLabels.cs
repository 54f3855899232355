using OcopHub.Core.Recognition;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Products;

/// <summary>How a stored OCOP result reads: who recognised it, whose council scored it, and the order results are listed in.</summary>
public static class HistoryLabels
{
    /// <summary>"UBND huyện Ba Bể (cũ)", "UBND tỉnh", "Bộ NN&amp;MT" (Bộ NN&amp;PTNT before 1/3/2025); null when no level is recorded.</summary>
    public static string? Issuer(ProductOcopRecord h) => RecognitionLevels.FromId(h.Level)?.Issuer(h.DecisionDate ?? h.IssuedOn, h.DistrictName);

    /// <summary>"Hội đồng cấp huyện" …; null when not recorded.</summary>
    public static string? Council(ProductOcopRecord h) => RecognitionLevels.FromId(h.CouncilLevel)?.CouncilName();

    /// <summary>Oldest first: by evaluation year, then decision date, then entry. The API, the edit form and saving all use it.</summary>
    public static IOrderedEnumerable<ProductOcopRecord> InOrder(IEnumerable<ProductOcopRecord> history) =>
        history.OrderBy(h => h.EvaluationYear).ThenBy(h => h.DecisionDate ?? h.IssuedOn).ThenBy(h => h.Id);
}
