namespace OcopHub.Core.AdminUnits;

/// <summary>
/// Derives the old → new succession from merge-history.csv. Names repeat across districts and provinces
/// ("Xã Tân Bình" exists dozens of times), so a part is looked up only among the communes of the old provinces
/// that formed the new province, by folded name and type, narrowed by any "(huyện X)" qualifier.
/// Anything still ambiguous is reported as unresolved rather than guessed.
/// </summary>
public static class AdminUnitMapper
{
    public static AdminUnitMapping Map(
        IReadOnlyList<AdminUnit> oldUnits, IReadOnlyList<AdminUnit> newUnits, IReadOnlyList<MergeHistoryRow> history,
        AdminUnitMapperOptions? options = null)
    {
        var builder = new MappingBuilder(oldUnits, newUnits, options ?? AdminUnitMapperOptions.Default);
        // Provinces first: a commune row is matched only within the old provinces of its new province.
        foreach (var row in history.Where(r => r.IsProvince)) builder.MapProvince(row);
        var rowCodes = history.Where(r => !r.IsProvince).Select(r => r.Code).ToHashSet();
        foreach (var row in history.Where(r => !r.IsProvince)) builder.MapCommuneRow(row, rowCodes);
        return builder.Build();
    }

    /// <summary>
    /// Everything from the three files' text (vn-units-2025.json, dvhcvn-2025-03-01.json, merge-history.csv);
    /// the caller reads them (Core does no file I/O).
    /// </summary>
    public static AdminUnitMapping FromSources(
        string units2025Json, string unitsPre2025Json, string mergeHistoryCsv, AdminUnitMapperOptions? options = null) =>
        Map(AdminUnitSources.ParsePre2025(unitsPre2025Json), AdminUnitSources.Parse2025(units2025Json),
            MergeHistoryParser.ParseCsv(mergeHistoryCsv), options);
}
