using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Producers;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Producers;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Imports;

/// <summary>
/// Producers (chủ thể): matched by tax code, else by registration number (when one producer of the scope has it),
/// else by folded name + commune (current code). Their child lists come from extra sheets (ProducerImport.Children.cs).
/// </summary>
public sealed partial class ProducerImport(OcopDbContext db, UserScope scope, TimeProvider clock, RegistryReference reference) : ImportPlanner(db, scope, clock)
{
    private List<Producer> _mine = [];
    private Dictionary<string, Producer> _byTax = [];
    private Dictionary<string, Producer> _byRegistration = [];
    private Dictionary<(string, string), Producer> _byName = [];
    private readonly Dictionary<string, int> _taxRows = [];
    private readonly Dictionary<string, int> _registrationRows = [];
    private readonly Dictionary<(string, string), int> _nameRows = [];
    private Dictionary<string, string> _taxOutside = [];
    private readonly DateOnly _today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        var query = Db.Producers.InScope(Scope);
        // Child rows are matched against the stored ones: load those the file has sheets for (tracked, as the producers).
        if (ChildSheets.Contains("financials")) query = query.Include(p => p.FinancialYears);
        if (ChildSheets.Contains("certifications")) query = query.Include(p => p.Certifications);
        if (ChildSheets.Contains("rawMaterialAreas")) query = query.Include(p => p.RawMaterialAreas);
        if (ChildSheets.Contains("salesChannels")) query = query.Include(p => p.SalesChannels);
        var mine = _mine = await query.AsSplitQuery().ToListAsync(ct);
        _byTax = mine.Where(p => p.TaxCode is not null).GroupBy(p => p.TaxCode!).ToDictionary(g => g.Key, g => g.First());
        // A registration number matches only when it is unambiguous in the scope.
        _byRegistration = mine.Where(p => p.RegistrationNumber is not null).GroupBy(p => Key(p.RegistrationNumber)!)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First());
        _byName = mine.GroupBy(p => (p.SearchName, p.CommuneCode)).ToDictionary(g => g.Key, g => g.First());
        // A tax code identifies one business nationwide: one held outside the scope cannot be imported again here.
        _taxOutside = await Db.Producers.Where(p => p.TaxCode != null).Select(p => new { p.TaxCode, p.Id, p.Name }).ToListAsync(ct) is var all
            ? all.Where(p => !_byTax.ContainsKey(p.TaxCode!)).GroupBy(p => p.TaxCode!).ToDictionary(g => g.Key, g => g.First().Name) : [];
    }

    public override (ImportRowStatus, string) Apply(RowValues row)
    {
        var name = row.Required("name");
        if (name is { Length: > 300 }) row.Error("name", "tối đa 300 ký tự.");
        var legalForm = row.Required("legalForm");
        if (legalForm is not null)
        {
            var byName = reference.LegalForms.Items.FirstOrDefault(f => VietnameseText.Fold(f.Name) == VietnameseText.Fold(legalForm));
            legalForm = byName?.Code ?? legalForm;
            if (!reference.LegalForms.Contains(legalForm)) row.Error("legalForm", $"'{legalForm}' không có trong danh mục loại hình.");
        }
        string? tax = null;
        if (row.Get("taxCode") is { } taxText)
        {
            // A tax code typed into a number cell loses its leading zero ("100109106" for "0100109106").
            var t = taxText.All(char.IsAsciiDigit) && taxText.Length == 9 ? "0" + taxText : taxText;
            if (VietnamTaxCode.TryParse(t, out var parsed, out var taxError)) tax = parsed!.Value;
            else row.Error("taxCode", taxError!);
        }
        if (row.Get("phone") is { } phone && !ProducerRules.IsPhone(phone, out var phoneError)) row.Error("phone", phoneError!);
        if (row.Get("email") is { } email && !System.Net.Mail.MailAddress.TryCreate(email, out _)) row.Error("email", $"'{email}' không hợp lệ.");
        var registrationDate = row.Date("registrationDate");
        if (registrationDate > _today) row.Error("registrationDate", "không được ở tương lai.");
        var registration = row.Get("registrationNumber");
        string? gender = null;
        if (row.Get("representativeGender") is { } g)
        {
            gender = VietnameseText.Fold(g) switch { "nu" or "female" or "f" => "female", "nam" or "male" or "m" => "male", _ => null };
            if (gender is null) row.Error("representativeGender", $"'{g}' không hợp lệ: ghi 'nữ' hoặc 'nam'.");
        }
        var disability = row.Bool("representativeHasDisability");
        var workers = row.Int("workers");
        if (workers is < 0) row.Error("workers", "không được âm.");
        var localWorkers = row.Int("localWorkers");
        if (localWorkers is < 0) row.Error("localWorkers", "không được âm.");
        else if (localWorkers > workers) row.Error("localWorkers", $"{localWorkers} lớn hơn tổng số lao động ({workers}).");
        var sme = row.Bool("isSme");
        var green = row.Bool("greenValueChain");
        var unit = Commune(row, "commune");
        var label = name ?? "";
        if (row.Errors.Count > 0) return (ImportRowStatus.Error, label);

        var folded = VietnameseText.Fold(name);
        var key = (folded, unit!.Current.Code);
        if (tax is not null && _taxRows.TryGetValue(tax, out var first)) { row.Error("taxCode", $"{tax} trùng với dòng {first}."); return (ImportRowStatus.Error, label); }
        if (_nameRows.TryGetValue(key, out var firstByName)) { row.Error($"Chủ thể '{name}' ở {unit.Current.FullName} trùng với dòng {firstByName}."); return (ImportRowStatus.Error, label); }
        if (Key(registration) is { } reg && _registrationRows.TryGetValue(reg, out var firstByReg)) { row.Error("registrationNumber", $"{registration} trùng với dòng {firstByReg}."); return (ImportRowStatus.Error, label); }
        if (tax is not null && _taxOutside.TryGetValue(tax, out var other)) { row.Error("taxCode", $"{tax} đã thuộc chủ thể '{other}' ngoài phạm vi của bạn."); return (ImportRowStatus.Error, label); }
        if (tax is not null) _taxRows[tax] = row.Number;
        if (Key(registration) is { } regKey) _registrationRows[regKey] = row.Number;
        _nameRows[key] = row.Number;

        var producer = (tax is not null ? _byTax.GetValueOrDefault(tax) : null)
            ?? (Key(registration) is { } r && _byRegistration.GetValueOrDefault(r) is { } byReg && (tax is null || byReg.TaxCode is null || byReg.TaxCode == tax) ? byReg : null)
            ?? _byName.GetValueOrDefault(key);
        if (localWorkers is not null && workers is null && localWorkers > producer?.Workers)
        {
            row.Error("localWorkers", $"{localWorkers} lớn hơn tổng số lao động đã lưu ({producer!.Workers}).");
            return (ImportRowStatus.Error, label);
        }
        var isNew = producer is null;
        producer ??= new Producer { CreatedAt = Now };
        if (isNew) _fileProducers.Add(producer);
        producer.Name = name!;
        producer.SearchName = folded;
        producer.LegalForm = legalForm!;
        Set(row, "taxCode", tax, v => producer.TaxCode = v);
        // The unit as written (a pre-2025 commune stays as the historical unit); the codes are today's, for scoping.
        var keepOld = producer.Id != 0 && producer.CommuneCode == unit.Current.Code && unit.Historical is null;
        if (!keepOld) producer.CommuneUnitId = (unit.Historical ?? unit.Current).Id;
        producer.CommuneCode = unit.Current.Code;
        producer.ProvinceCode = unit.Current.ProvinceCode;
        Set(row, "address", row.Get("address"), v => producer.Address = v);
        Set(row, "phone", row.Get("phone"), v => producer.Phone = v);
        Set(row, "email", row.Get("email"), v => producer.Email = v);
        Set(row, "representative", row.Get("representative"), v => producer.Representative = v);
        Set(row, "registrationNumber", row.Get("registrationNumber"), v => producer.RegistrationNumber = v);
        Set(row, "registrationDate", registrationDate, v => producer.RegistrationDate = v);
        Set(row, "representativeGender", gender, v => producer.RepresentativeGender = v);
        Set(row, "representativeEthnicity", row.Get("representativeEthnicity"), v => producer.RepresentativeEthnicity = v);
        Set(row, "workers", workers, v => producer.Workers = v);
        Set(row, "localWorkers", localWorkers, v => producer.LocalWorkers = v);
        Set(row, "craftVillage", row.Get("craftVillage"), v => producer.CraftVillage = v);
        // Yes/no columns: an empty cell keeps what is stored (the columns are not nullable).
        if (disability is { } d) producer.RepresentativeHasDisability = d;
        if (sme is { } isSme) producer.IsSme = isSme;
        if (green is { } isGreen) producer.GreenValueChain = isGreen;
        var status = isNew ? Create(producer) : StatusOf(producer);
        if (status == ImportRowStatus.Updated) producer.UpdatedAt = Now;
        return (status, label);
    }

    /// <summary>A registration number as compared: trimmed, upper case, without inner spaces; null when empty.</summary>
    private static string? Key(string? registration) =>
        string.IsNullOrWhiteSpace(registration) ? null : new string(registration.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
}
