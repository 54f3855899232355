namespace OcopHub.Core.Dossiers;

/// <summary>Small per-type rules of Art. 6–7 that sit beside the state machine.</summary>
public static class DossierRules
{
    /// <summary>Art. 6.2.d, 6.3: 05 sản phẩm mẫu, except community/eco-tourism services (product set 26).</summary>
    public static int RequiredSamples(bool isTourismService) => isTourismService ? 0 : 5;

    /// <summary>
    /// Art. 7.6.d: re-evaluation is decided by written consultation of the council (lấy ý kiến bằng văn bản); a meeting
    /// only when opinions differ or the matter is complex. First-time and upgrade dossiers are scored in a meeting (7.3.d).
    /// </summary>
    public static bool UsesWrittenConsultation(DossierType type) => type == DossierType.ReEvaluation;

    /// <summary>Art. 7.6.g: only re-evaluation has the 45-day limit from a complete dossier.</summary>
    public static bool HasFortyFiveDayLimit(DossierType type) => type == DossierType.ReEvaluation;

    /// <summary>Art. 6.1.b: an upgrade dossier must show the changes since recognition, with evidence.</summary>
    public static bool MustShowChangesSinceRecognition(DossierType type) => type == DossierType.Upgrade;

    /// <summary>Art. 6.1: every type files Mẫu 01 (registration) and Mẫu 02 (self-assessment).</summary>
    public static IReadOnlyList<string> ProducerForms(DossierType type) =>
        Enum.IsDefined(type) ? ["Mẫu 01", "Mẫu 02"] : throw new ArgumentOutOfRangeException(nameof(type), type, null);
}
