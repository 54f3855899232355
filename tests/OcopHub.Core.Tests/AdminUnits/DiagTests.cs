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
        File.WriteAllLines("/tmp/adminunits-diag.txt", lines);
    }
}
