using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Producers;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Producers;

public sealed record FinancialYearInput(int Year, decimal? Revenue, decimal? Profit);
public sealed record CertificationInput(string? Kind, string? Number, string? Issuer, DateOnly? ValidFrom, DateOnly? ValidTo);
public sealed record RawMaterialAreaInput(string? Name, decimal? AreaHa, string? Certification);
public sealed record SalesChannelInput(string? Kind, string? Name, string? Url);

/// <summary>What the API and the form send for a producer. Child lists replace the stored ones (matched by position).</summary>
public sealed record ProducerInput(string? Name, string? LegalForm, string? TaxCode, string? Address, string? Phone, string? Email,
    string? Representative, string? CommuneCode, long? Version,
    string? RegistrationNumber = null, DateOnly? RegistrationDate = null,
    string? RepresentativeGender = null, string? RepresentativeEthnicity = null, bool RepresentativeHasDisability = false,
    int? Workers = null, int? LocalWorkers = null, bool IsSme = false, string? CraftVillage = null, bool GreenValueChain = false,
    string? ExportMarkets = null,
    IReadOnlyList<FinancialYearInput>? FinancialYears = null, IReadOnlyList<CertificationInput>? Certifications = null,
    IReadOnlyList<RawMaterialAreaInput>? RawMaterialAreas = null, IReadOnlyList<SalesChannelInput>? SalesChannels = null);

/// <summary>Validation (Vietnamese messages keyed by the field's JSON name) and applying input to a producer.</summary>
public sealed class ProducerRules(OcopDbContext db, RegistryReference reference, TimeProvider clock)
{
    public async Task<(AdministrativeUnit? Unit, Dictionary<string, string[]> Errors)> ValidateAsync(ProducerInput input, UserScope scope, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = errors.TryGetValue(field, out var old) ? [.. old, message] : [message];

        if (string.IsNullOrWhiteSpace(input.Name)) Add("name", "Vui lòng nhập tên chủ thể.");
        else if (input.Name.Length > 300) Add("name", "Tên chủ thể tối đa 300 ký tự.");
        if (string.IsNullOrWhiteSpace(input.LegalForm)) Add("legalForm", "Vui lòng chọn loại hình chủ thể.");
        else if (!reference.LegalForms.Contains(input.LegalForm.Trim()))
            Add("legalForm", $"Loại hình chủ thể '{input.LegalForm}' không có trong danh mục.");
        if (!string.IsNullOrWhiteSpace(input.TaxCode) && !VietnamTaxCode.TryParse(input.TaxCode, out _, out var taxError))
            Add("taxCode", taxError!);
        if (!string.IsNullOrWhiteSpace(input.Phone) && !IsPhone(input.Phone, out var phoneError)) Add("phone", phoneError!);
        if (!string.IsNullOrWhiteSpace(input.Email) && !IsEmail(input.Email)) Add("email", $"Email '{input.Email}' không hợp lệ.");
        if (input.RepresentativeGender is { Length: > 0 } g && g is not ("female" or "male"))
            Add("representativeGender", "Giới tính người đại diện là 'female' (nữ) hoặc 'male' (nam).");
        if (input.Workers is < 0) Add("workers", "Số lao động không được âm.");
        if (input.LocalWorkers is < 0) Add("localWorkers", "Số lao động địa phương không được âm.");
        if (input.LocalWorkers > input.Workers) Add("localWorkers", "Số lao động địa phương không được lớn hơn tổng số lao động.");
        if (input.RegistrationDate > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            Add("registrationDate", "Ngày đăng ký không được ở tương lai.");

        var years = input.FinancialYears ?? [];
        for (var i = 0; i < years.Count; i++)
            if (years[i].Year is < 1990 or > 2100) Add($"financialYears[{i}].year", $"Năm tài chính {years[i].Year} không hợp lệ.");
        if (years.GroupBy(y => y.Year).Any(g => g.Count() > 1)) Add("financialYears", "Mỗi năm tài chính chỉ nhập một lần.");
        var certs = input.Certifications ?? [];
        for (var i = 0; i < certs.Count; i++)
        {
            if (!reference.CertificationKinds.Contains(certs[i].Kind)) Add($"certifications[{i}].kind", $"Loại chứng nhận '{certs[i].Kind}' không có trong danh mục.");
            if (certs[i].ValidTo < certs[i].ValidFrom) Add($"certifications[{i}].validTo", "Ngày hết hiệu lực phải sau ngày cấp.");
        }
        var areas = input.RawMaterialAreas ?? [];
        for (var i = 0; i < areas.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(areas[i].Name)) Add($"rawMaterialAreas[{i}].name", "Vui lòng nhập tên vùng nguyên liệu.");
            if (areas[i].AreaHa is < 0) Add($"rawMaterialAreas[{i}].areaHa", "Diện tích không được âm.");
            if (areas[i].Certification is { Length: > 0 } c && !reference.CertificationKinds.Contains(c))
                Add($"rawMaterialAreas[{i}].certification", $"Loại chứng nhận '{c}' không có trong danh mục.");
        }
        var channels = input.SalesChannels ?? [];
        for (var i = 0; i < channels.Count; i++)
        {
            if (!reference.SalesChannelKinds.Contains(channels[i].Kind)) Add($"salesChannels[{i}].kind", $"Loại kênh phân phối '{channels[i].Kind}' không có trong danh mục.");
            if (channels[i].Url is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
                Add($"salesChannels[{i}].url", $"Địa chỉ web '{url}' không hợp lệ (cần http:// hoặc https://).");
        }

        AdministrativeUnit? unit = null;
        if (string.IsNullOrWhiteSpace(input.CommuneCode)) Add("communeCode", "Vui lòng chọn xã/phường.");
        else
        {
            unit = await db.AdministrativeUnits.FirstOrDefaultAsync(u => u.Code == input.CommuneCode && u.Level == UnitLevel.Commune && u.ValidTo == null, ct);
            if (unit is null) Add("communeCode", $"Không có xã/phường mã '{input.CommuneCode}'.");
            else if (!scope.Covers(unit.ProvinceCode, unit.Code) && scope.Kind != ScopeKind.Producer)
                Add("communeCode", "Xã/phường nằm ngoài phạm vi quản lý của bạn.");
            else if (scope.Kind == ScopeKind.Producer && unit.Code != scope.CommuneCode)
                Add("communeCode", "Chủ thể không được tự chuyển sang xã/phường khác; liên hệ cán bộ xã.");
        }
        return (unit, errors);
    }

    /// <summary>A mobile number (Core's prefix table) or a landline: 10–11 digits starting with 02.</summary>
    public static bool IsPhone(string text, out string? error)
    {
        if (VietnamMobileNumber.TryParse(text, out _, out error)) return true;
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var landline = digits.StartsWith("02", StringComparison.Ordinal) && digits.Length is 10 or 11
                       && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')');
        if (landline) { error = null; return true; }
        error = $"Số điện thoại '{text}' không hợp lệ: {error}";
        return false;
    }

    private static bool IsEmail(string text) => text.Length <= 256 && MailAddress.TryCreate(text.Trim(), out var a) && a.Address == text.Trim() && a.Host.Contains('.');

    public void Apply(Producer p, ProducerInput i, AdministrativeUnit unit)
    {
        p.Name = i.Name!.Trim();
        p.SearchName = VietnameseText.Fold(p.Name);
        p.LegalForm = i.LegalForm!.Trim();
        p.RegistrationNumber = Clean(i.RegistrationNumber);
        p.RegistrationDate = i.RegistrationDate;
        p.TaxCode = string.IsNullOrWhiteSpace(i.TaxCode) ? null : VietnamTaxCode.Parse(i.TaxCode).Value;
        p.Address = Clean(i.Address);
        p.Phone = Clean(i.Phone);
        p.Email = Clean(i.Email);
        p.Representative = Clean(i.Representative);
        p.RepresentativeGender = Clean(i.RepresentativeGender);
        p.RepresentativeEthnicity = Clean(i.RepresentativeEthnicity);
        p.RepresentativeHasDisability = i.RepresentativeHasDisability;
        p.Workers = i.Workers;
        p.LocalWorkers = i.LocalWorkers;
        p.IsSme = i.IsSme;
        p.CraftVillage = Clean(i.CraftVillage);
        p.GreenValueChain = i.GreenValueChain;
        p.ExportMarkets = Clean(i.ExportMarkets);
        p.CommuneUnitId = unit.Id;
        p.CommuneCode = unit.Code;
        p.ProvinceCode = unit.ProvinceCode;
        p.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        // Years are matched by year, not position: the (producer, year) index is unique, and shifting years between
        // rows would collide mid-update.
        if (i.FinancialYears is { } years)
        {
            foreach (var gone in p.FinancialYears.Where(r => years.All(y => y.Year != r.Year)).ToList()) { p.FinancialYears.Remove(gone); db.Remove(gone); }
            foreach (var y in years)
            {
                var row = p.FinancialYears.FirstOrDefault(r => r.Year == y.Year);
                if (row is null) p.FinancialYears.Add(row = new ProducerFinancialYear { Year = y.Year });
                (row.Revenue, row.Profit) = (y.Revenue, y.Profit);
            }
        }
        ChildRows.Sync(db, p.Certifications, i.Certifications, (r, x) =>
        { r.Kind = x.Kind!; r.Number = Clean(x.Number); r.Issuer = Clean(x.Issuer); r.ValidFrom = x.ValidFrom; r.ValidTo = x.ValidTo; });
        ChildRows.Sync(db, p.RawMaterialAreas, i.RawMaterialAreas, (r, x) => { r.Name = x.Name!.Trim(); r.AreaHa = x.AreaHa; r.Certification = Clean(x.Certification); });
        ChildRows.Sync(db, p.SalesChannels, i.SalesChannels, (r, x) => { r.Kind = x.Kind!; r.Name = Clean(x.Name); r.Url = Clean(x.Url); });
    }

    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>Replaces a child collection with the input, updating rows in place by position so the audit trail shows real changes.</summary>
public static class ChildRows
{
    public static void Sync<TRow, TIn>(OcopDbContext db, List<TRow> rows, IReadOnlyList<TIn>? input, Action<TRow, TIn> apply) where TRow : class, new()
    {
        // A missing list (null) leaves the rows alone, so clients that don't know a list don't erase it.
        if (input is null) return;
        for (var i = 0; i < input.Count; i++)
        {
            if (i >= rows.Count) rows.Add(new TRow());
            apply(rows[i], input[i]);
        }
        foreach (var extra in rows.Skip(input.Count).ToList())
        {
            rows.Remove(extra);
            db.Remove(extra);
        }
    }
}
