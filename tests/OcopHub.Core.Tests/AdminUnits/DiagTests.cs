using OcopHub.Core.AdminUnits;

namespace OcopHub.Core.Tests.AdminUnits;

[Collection(AdminUnitDataCollection.Name)]
public sealed class DiagTests(AdminUnitData data)
{
    [Fact]
    public void Dump()
    {
        var m = data.Mapping;
        var lines = new List<string> { m.Stats.ToString() };
        lines.AddRange(m.Unresolved.Select(u => $"{u.NewCode}\t{u.NewFullName}\t{u.Reason}\t{u.Text}"));
        var mapped = m.Successions.Select(s => s.OldCode).ToHashSet();
        lines.Add("--- unmapped old communes");
        lines.AddRange(data.UnitsPre2025.Where(u => u.Level == AdminLevel.Commune && !mapped.Contains(u.Code))
            .Select(u => $"{u.Code}\t{u.FullName}\t{data.UnitsPre2025.First(d => d.Code == u.ParentCode).FullName}\t{u.ProvinceCode}"));
        lines.Add("--- old units in several new units, with no partial marker in any text");
        var names = data.UnitsPre2025.ToDictionary(u => u.Code);
        var newNames = data.Units2025.ToDictionary(u => u.Code);
        var textPartial = AdminUnitMapper.Map(data.UnitsPre2025, data.Units2025, data.History, AdminUnitMapperOptions.Default);
        lines.AddRange(m.Successions.GroupBy(s => s.OldCode).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}\t{names[g.Key].FullName}\t{names[names[g.Key].ParentCode ?? g.Key].FullName}\t" + string.Join(" | ", g.Select(s => newNames[s.NewCode].FullName))));
        File.WriteAllLines("/tmp/adminunits-diag.txt", lines);
    }
}
