using OcopHub.Core.Producers;
using OcopHub.Core.Text;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Imports;

/// <summary>
/// The producer's child lists from the extra sheets of the .xlsx (Tài chính, Chứng nhận, Vùng nguyên liệu, Kênh bán
/// hàng, Thị trường xuất khẩu). Each row names its producer (one of the file or one already stored in the scope) and is
/// matched to a stored child by its natural key, so a re-import leaves everything unchanged. Rows only add or update:
/// a child the file does not list is kept.
/// </summary>
public sealed partial class ProducerImport
{
    private readonly List<Producer> _fileProducers = [];
    private readonly Dictionary<(string Sheet, Producer Producer, string Key), int> _childRows = [];
    private Dictionary<string, Producer>? _keyTax;
    private Dictionary<string, List<Producer>> _keyRegistration = [];
    private Dictionary<string, List<Producer>> _keyName = [];

    public override (ImportRowStatus Status, string Label) ApplyChild(ImportChildSheet sheet, RowValues row) => sheet.Key switch
    {
        "financials" => FinancialYear(row),
        "certifications" => Certification(row),
        "rawMaterialAreas" => RawMaterialArea(row),
        "salesChannels" => SalesChannel(row),
        "exportMarkets" => ExportMarket(row),
        _ => throw new NotSupportedException(sheet.Key),
    };

    private (ImportRowStatus, string) FinancialYear(RowValues row)
    {
        var producer = ProducerOf(row);
        var year = row.Int("year");
        if (year is null && row.Get("year") is null) row.Required("year");
        else if (year is < 1990 || year > _today.Year) row.Error("year", $"năm {year} không hợp lệ (từ 1990 đến {_today.Year}).");
        var revenue = row.Decimal("revenue");
        if (revenue < 0) row.Error("revenue", "không được âm.");
        var profit = row.Decimal("profit");
        var label = $"{producer?.Name} — năm {row.Get("year")}";
        if (row.Errors.Count > 0 || Duplicate(row, "financials", producer!, year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))) return (ImportRowStatus.Error, label);

        var record = producer!.FinancialYears.FirstOrDefault(f => f.Year == year);
        var isNew = record is null;
        if (record is null) producer.FinancialYears.Add(record = new ProducerFinancialYear { Year = year.Value });
        Set(row, "revenue", revenue, v => record.Revenue = v);
        Set(row, "profit", profit, v => record.Profit = v);
        return (Touch(producer, isNew ? ImportRowStatus.Created : StatusOf(record)), label);
    }

    private (ImportRowStatus, string) Certification(RowValues row)
    {
        var producer = ProducerOf(row);
        var kind = Code(row, "kind", reference.CertificationKinds, "loại chứng nhận", required: true);
        var number = row.Get("number");
        var from = row.Date("validFrom");
        var to = row.Date("validTo");
        if (to < from) row.Error("validTo", "ngày hết hạn phải sau ngày cấp.");
        var label = $"{producer?.Name} — {RegistryReferenceName(reference.CertificationKinds, kind)} {number}".TrimEnd();
        if (row.Errors.Count > 0 || Duplicate(row, "certifications", producer!, $"{kind}|{Fold(number)}")) return (ImportRowStatus.Error, label);

        var record = producer!.Certifications.FirstOrDefault(c => c.Kind == kind && Fold(c.Number) == Fold(number));
        var isNew = record is null;
        if (record is null) producer.Certifications.Add(record = new ProducerCertification { Kind = kind!, Number = number });
        Set(row, "number", number, v => record.Number = v);
        Set(row, "issuer", row.Get("issuer"), v => record.Issuer = v);
        Set(row, "validFrom", from, v => record.ValidFrom = v);
        Set(row, "validTo", to, v => record.ValidTo = v);
        return (Touch(producer, isNew ? ImportRowStatus.Created : StatusOf(record)), label);
    }

    private (ImportRowStatus, string) RawMaterialArea(RowValues row)
    {
        var producer = ProducerOf(row);
        var name = row.Required("name");
        var area = row.Decimal("areaHa");
        if (area < 0) row.Error("areaHa", "không được âm.");
        var certification = Code(row, "certification", reference.CertificationKinds, "loại chứng nhận", required: false);
        var label = $"{producer?.Name} — {name}";
        if (row.Errors.Count > 0 || Duplicate(row, "rawMaterialAreas", producer!, Fold(name))) return (ImportRowStatus.Error, label);

        var record = producer!.RawMaterialAreas.FirstOrDefault(a => Fold(a.Name) == Fold(name));
        var isNew = record is null;
        if (record is null) producer.RawMaterialAreas.Add(record = new RawMaterialArea());
        record.Name = name!;
        Set(row, "areaHa", area, v => record.AreaHa = v);
        Set(row, "certification", certification, v => record.Certification = v);
        return (Touch(producer, isNew ? ImportRowStatus.Created : StatusOf(record)), label);
    }

    private (ImportRowStatus, string) SalesChannel(RowValues row)
    {
        var producer = ProducerOf(row);
        var kind = Code(row, "kind", reference.SalesChannelKinds, "loại kênh bán hàng", required: true);
        var name = row.Get("name");
        var url = row.Get("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && u.Host.Contains('.')))
            row.Error("url", $"'{url}' không phải địa chỉ web hợp lệ (cần đầy đủ, bắt đầu bằng http:// hoặc https://).");
        var label = $"{producer?.Name} — {RegistryReferenceName(reference.SalesChannelKinds, kind)} {name ?? url}".TrimEnd();
        // A channel is told apart by its name, else its address (a producer may sell on two platforms of one kind).
        var key = name is not null ? "n:" + Fold(name) : "u:" + (url?.TrimEnd('/').ToLowerInvariant() ?? "");
        if (row.Errors.Count > 0 || Duplicate(row, "salesChannels", producer!, $"{kind}|{key}")) return (ImportRowStatus.Error, label);

        var record = producer!.SalesChannels.FirstOrDefault(c => c.Kind == kind
            && (c.Name is not null ? "n:" + Fold(c.Name) : "u:" + (c.Url?.TrimEnd('/').ToLowerInvariant() ?? "")) == key);
        // Matched by address when the stored channel has no name yet and the file now gives one.
        record ??= name is not null && url is not null
            ? producer.SalesChannels.FirstOrDefault(c => c.Kind == kind && c.Name is null && c.Url?.TrimEnd('/').ToLowerInvariant() == url.TrimEnd('/').ToLowerInvariant())
            : null;
        var isNew = record is null;
        if (record is null) producer.SalesChannels.Add(record = new ProducerSalesChannel { Kind = kind! });
        Set(row, "name", name, v => record.Name = v);
        Set(row, "url", url, v => record.Url = v);
        return (Touch(producer, isNew ? ImportRowStatus.Created : StatusOf(record)), label);
    }

    /// <summary>Export markets are one text on the producer ("Nhật Bản, EU"): a row adds its market when missing.</summary>
    private (ImportRowStatus, string) ExportMarket(RowValues row)
    {
        var producer = ProducerOf(row);
        var market = row.Required("market");
        if (market is not null && (market.Contains(',') || market.Contains(';'))) row.Error("market", "mỗi dòng một thị trường (không dùng dấu phẩy).");
        var label = $"{producer?.Name} — {market}";
        if (row.Errors.Count > 0 || Duplicate(row, "exportMarkets", producer!, Fold(market))) return (ImportRowStatus.Error, label);

        var markets = (producer!.ExportMarkets ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (markets.Any(m => Fold(m) == Fold(market))) return (ImportRowStatus.Unchanged, label);
        var joined = string.Join(", ", markets.Append(market!));
        if (joined.Length > 500) { row.Error("market", "danh sách thị trường xuất khẩu của chủ thể vượt 500 ký tự."); return (ImportRowStatus.Error, label); }
        producer.ExportMarkets = joined;
        return (Touch(producer, ImportRowStatus.Created), label);
    }

    /// <summary>A change to a stored producer's child rows bumps its UpdatedAt, and so its Version (forms open on it see a 409).</summary>
    private ImportRowStatus Touch(Producer producer, ImportRowStatus status)
    {
        if (producer.Id != 0 && status is ImportRowStatus.Created or ImportRowStatus.Updated) producer.UpdatedAt = Now;
        return status;
    }

    private bool Duplicate(RowValues row, string sheet, Producer producer, string key)
    {
        if (_childRows.TryGetValue((sheet, producer, key), out var first))
        {
            row.Error($"Trùng với dòng {first} của trang này (cùng chủ thể, cùng {(sheet == "financials" ? "năm" : "nội dung")}).");
            return true;
        }
        _childRows[(sheet, producer, key)] = row.Number;
        return false;
    }

    /// <summary>A code of a reference list, given as the code or the Vietnamese name (with or without marks).</summary>
    private static string? Code<T>(RowValues row, string key, ReferenceList<T> list, string what, bool required) where T : IReferenceItem
    {
        var text = required ? row.Required(key) : row.Get(key);
        if (text is null) return null;
        // "vietgap", "VietGAP", "ISO 22000" (code iso-22000), "Siêu thị", "sieu thi", the English name …
        static string Plain(string s) => VietnameseText.Fold(s.Replace('-', ' ').Replace('_', ' '));
        var typed = Plain(text);
        var byName = list.Items.FirstOrDefault(i => Plain(i.Code) == typed || Plain(i.Name) == typed || Plain(i.NameEn) == typed
            || (i.Name.IndexOf(" (", StringComparison.Ordinal) is > 0 and var cut && Plain(i.Name[..cut]) == typed));
        if (byName is not null) return byName.Code;
        row.Error(key, $"'{text}' không có trong danh mục {what} (xem trang Hướng dẫn của tệp mẫu).");
        return null;
    }

    private static string RegistryReferenceName<T>(ReferenceList<T> list, string? code) where T : IReferenceItem =>
        list.Find(code)?.Name ?? code ?? "";

    private static string Fold(string? text) => VietnameseText.Fold(text);

    /// <summary>
    /// The producer a child row names: by tax code, else registration number, else folded name (narrowed by the
    /// commune when namesakes exist), among the producers of the scope and those the main sheet creates.
    /// </summary>
    private Producer? ProducerOf(RowValues row)
    {
        if (_keyTax is null)
        {
            var all = _mine.Concat(_fileProducers).ToList();
            _keyTax = all.Where(p => p.TaxCode is not null).GroupBy(p => p.TaxCode!).ToDictionary(g => g.Key, g => g.First());
            _keyRegistration = all.Where(p => Key(p.RegistrationNumber) is not null).GroupBy(p => Key(p.RegistrationNumber)!).ToDictionary(g => g.Key, g => g.ToList());
            _keyName = all.GroupBy(p => p.SearchName).ToDictionary(g => g.Key, g => g.ToList());
        }
        const string Hint = "trong trang chủ thể của tệp hay trong phạm vi của bạn";
        if (row.Get("producerTaxCode") is { } taxText)
        {
            var t = taxText.All(char.IsAsciiDigit) && taxText.Length == 9 ? "0" + taxText : taxText;
            if (!VietnamTaxCode.TryParse(t, out var tax, out var error)) { row.Error("producerTaxCode", error!); return null; }
            if (_keyTax.TryGetValue(tax!.Value, out var p)) return p;
            row.Error("producerTaxCode", $"không có chủ thể mã số thuế {tax.Value} {Hint}.");
            return null;
        }
        if (row.Get("producerRegistration") is { } registration)
        {
            var found = _keyRegistration.GetValueOrDefault(Key(registration)!) ?? [];
            if (found.Count == 1) return found[0];
            row.Error("producerRegistration", found.Count == 0
                ? $"không có chủ thể số đăng ký {registration} {Hint}."
                : $"có {found.Count} chủ thể cùng số đăng ký {registration}; hãy ghi mã số thuế.");
            return null;
        }
        if (row.Get("producer") is not { } name)
        {
            row.Error("Thiếu chủ thể: hãy ghi mã số thuế, số đăng ký kinh doanh hoặc tên chủ thể.");
            return null;
        }
        var named = _keyName.GetValueOrDefault(Fold(name)) ?? [];
        if (named.Count > 1 && row.Get("commune") is { } commune)
        {
            var (unit, error) = Units.Commune(commune, null);
            if (error is not null) { row.Error("commune", error); return null; }
            named = named.Where(p => p.CommuneCode == unit!.Current.Code).ToList();
        }
        if (named.Count == 1) return named[0];
        row.Error("producer", named.Count == 0
            ? $"không có chủ thể '{name}' {Hint}."
            : $"có {named.Count} chủ thể tên '{name}'; hãy ghi mã số thuế, số đăng ký hoặc xã/phường.");
        return null;
    }
}
