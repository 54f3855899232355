using System.Globalization;
using OcopHub.Core.Criteria;
using OcopHub.Core.Gs1;
using OcopHub.Core.Producers;
using OcopHub.Core.Products;
using OcopHub.Core.Text;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Products;

namespace OcopHub.Web.Features.Generator;

/// <summary>
/// The drawing itself, in memory and in a fixed order (producers, then products in producer order), from one
/// seeded <see cref="Random"/>: the same seed and the same reference data give the same rows.
/// </summary>
internal sealed class Plan(GeneratorOptions options, List<AdministrativeUnit> communes, Dictionary<string, AdministrativeUnit> provinces,
    Dictionary<int, string> setSectors, IReadOnlyList<Rulebook> rulebooks, DateOnly today, DateTime now, Dictionary<string, int> nextSequence,
    int producerOffset, IEnumerable<int> usedGtinCompanies)
{
    public static readonly string[] CertificationKinds = ["vietgap", "food-safety-facility", "haccp", "iso-22000", "organic-vn", "iso-9001"];
    public static readonly string[] CraftCertificationKinds = ["iso-9001", "iso-14001"];

    public static readonly IReadOnlyDictionary<string, string> ChannelNames = new Dictionary<string, string>
    {
        ["supermarket"] = "Hệ thống siêu thị trong tỉnh", ["convenience-store"] = "Cửa hàng tiện lợi",
        ["ecommerce-platform"] = "Sàn thương mại điện tử", ["social-livestream"] = "Bán hàng qua mạng xã hội",
        ["ocop-shop"] = "Điểm bán sản phẩm OCOP", ["distribution-agent"] = "Đại lý phân phối",
        ["traditional-market"] = "Chợ truyền thống", ["trade-fair"] = "Hội chợ xúc tiến thương mại", ["export"] = "Xuất khẩu",
    };

    private static readonly string[] Issuers = ["Trung tâm Chứng nhận Phù hợp (QUACERT)", "Công ty Cổ phần Chứng nhận và Giám định VinaCert",
        "Sở Nông nghiệp và Môi trường", "Công ty TNHH Chứng nhận Bureau Veritas Việt Nam"];
    private static readonly string[] Packagings = ["Túi zip 200 g", "Hộp giấy 500 g", "Chai thủy tinh 500 ml", "Hũ thủy tinh 350 g", "Túi hút chân không 1 kg", "Hộp quà tặng"];
    private static readonly string[] Descriptions = ["Nguyên liệu địa phương, làm theo phương pháp truyền thống.", "Vùng nguyên liệu đạt chuẩn, truy xuất nguồn gốc bằng mã QR.",
        "Sản phẩm đặc trưng của địa phương, được người tiêu dùng ưa chuộng.", "Quy trình khép kín từ trồng trọt đến chế biến, đóng gói."];
    private static readonly string[] MountainEthnicities = ["Tày", "Thái", "Mường", "H'Mông", "Dao", "Nùng", "Sán Dìu"];
    // Provinces (QĐ 19/2025 codes) of the northern mountains, where many OCOP producers are ethnic-minority households.
    private static readonly HashSet<string> MountainProvinces = ["04", "08", "11", "12", "14", "15", "19", "20"];
    private static readonly string[] MobilePrefixes = ["032", "035", "038", "086", "091", "094", "096", "097", "098", "088", "083", "077"];

    private readonly Random _r = new(options.Seed);
    private readonly HashSet<int> _gtinCompanies = [.. usedGtinCompanies];

    public List<Producer> Producers()
    {
        var list = new List<Producer>(options.Producers);
        for (var i = 0; i < options.Producers; i++) list.Add(Producer(i));
        return list;
    }

    private readonly Dictionary<Producer, (int MainSet, string? GtinCompany)> _traits = [];

    private Producer Producer(int index)
    {
        // Uniform over communes ⇒ provinces get producers in proportion to their commune counts.
        var unit = communes[_r.Next(communes.Count)];
        var legal = GeneratorMixes.LegalForms.Pick(_r);
        var mainSet = GeneratorMixes.ProductSets.Pick(_r);
        var female = _r.NextDouble() < 0.45;
        var person = VietnameseNames.Person(_r, female);
        var name = VietnameseNames.ProducerName(_r, legal, mainSet, unit.Name, person);
        var organisation = GeneratorMixes.IsCooperative(legal) || GeneratorMixes.IsEnterprise(legal);
        var taxCode = organisation || _r.NextDouble() < 0.5 ? TaxCode(unit.ProvinceCode) : null;
        var registered = new DateOnly(_r.Next(2005, 2025), _r.Next(1, 13), _r.Next(1, 29));
        var workers = organisation ? _r.Next(7, 120) : _r.Next(2, 12);
        var p = new Producer
        {
            Name = name, SearchName = VietnameseText.Fold(name), LegalForm = legal,
            RegistrationNumber = organisation ? taxCode : $"{unit.ProvinceCode}A8{_r.Next(0, 1_000_000):000000}",
            RegistrationDate = registered, TaxCode = taxCode,
            Address = $"{VietnameseNames.Pick(_r, VietnameseNames.Hamlets)} {_r.Next(1, 16)}, {unit.FullName}",
            Phone = VietnameseNames.Pick(_r, MobilePrefixes) + _r.Next(0, 10_000_000).ToString("0000000", CultureInfo.InvariantCulture),
            Email = $"chuthe{options.Seed}-{producerOffset + index + 1}@{NationalDataGenerator.MarkerDomain}",
            Representative = person, RepresentativeGender = female ? "female" : "male",
            RepresentativeEthnicity = MountainProvinces.Contains(unit.ProvinceCode) && _r.NextDouble() < 0.5 ? VietnameseNames.Pick(_r, MountainEthnicities) : "Kinh",
            RepresentativeHasDisability = _r.NextDouble() < 0.02,
            Workers = workers, LocalWorkers = Math.Max(1, (int)(workers * (0.6 + 0.4 * _r.NextDouble()))),
            IsSme = GeneratorMixes.IsEnterprise(legal),
            CraftVillage = mainSet is 21 or 22 && _r.NextDouble() < 0.5 ? $"Làng nghề {VietnameseNames.Pick(_r, VietnameseNames.ProductHeads[mainSet]).ToLowerInvariant()} {unit.Name}" : null,
            GreenValueChain = _r.NextDouble() < 0.1,
            ExportMarkets = organisation && _r.NextDouble() < 0.06 ? VietnameseNames.Pick(_r, ["Nhật Bản", "EU", "Hàn Quốc", "Hoa Kỳ", "Trung Quốc, Đài Loan"]) : null,
            CommuneUnitId = unit.Id, CommuneUnit = unit, ProvinceCode = unit.ProvinceCode, CommuneCode = unit.Code,
            CreatedAt = now, UpdatedAt = now,
        };
        var certifications = _r.NextDouble() switch { < 0.55 => 0, < 0.88 => 1, _ => 2 };
        foreach (var kind in Distinct(GeneratorMixes.IsFoodOrDrink(mainSet) || mainSet is >= 18 and <= 20 ? CertificationKinds : CraftCertificationKinds, certifications))
        {
            var from = new DateOnly(_r.Next(2022, today.Year + 1), _r.Next(1, 13), 1);
            p.Certifications.Add(new ProducerCertification
            {
                Kind = kind, Number = $"{kind.ToUpperInvariant()}-{unit.ProvinceCode}-{_r.Next(100, 10_000):0000}",
                Issuer = VietnameseNames.Pick(_r, Issuers), ValidFrom = from, ValidTo = from.AddYears(3).AddDays(-1),
            });
        }
        var channels = _r.NextDouble() switch { < 0.3 => 0, < 0.65 => 1, < 0.9 => 2, _ => 3 };
        foreach (var kind in Distinct(ChannelNames.Keys.ToArray(), channels))
            p.SalesChannels.Add(new ProducerSalesChannel { Kind = kind, Name = ChannelNames[kind] });
        // Enterprises register barcodes far more often than households (GS1 Việt Nam prefix 893).
        var gtinShare = legal switch { "sme" => 0.75, "cooperative" or "cooperative-group" => 0.45, _ => 0.15 };
        _traits[p] = (mainSet, _r.NextDouble() < gtinShare ? GtinCompany() : null);
        return p;
    }

    public List<Product> Products(List<Producer> producers)
    {
        var owners = new List<Producer>(options.Products);
        // Every producer makes at least one product when there are enough; the rest go mostly to organisations.
        if (options.Products >= producers.Count) owners.AddRange(producers);
        if (producers.Count > 0 && owners.Count < options.Products)
        {
            var weighted = new Weighted<Producer>(producers.Select(p => (p, p.LegalForm switch { "sme" => 3.0, "cooperative" => 2.5, _ => 1.0 })));
            while (owners.Count < options.Products) owners.Add(weighted.Pick(_r));
        }
        var order = producers.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var itemRefs = new Dictionary<Producer, int>();
        return owners.OrderBy(o => order[o]).Select(o => Product(o, itemRefs)).ToList();
    }

    private Product Product(Producer owner, Dictionary<Producer, int> itemRefs)
    {
        var (mainSet, gtinCompany) = _traits[owner];
        var set = _r.NextDouble() < 0.75 ? mainSet : GeneratorMixes.ProductSets.Pick(_r);
        var unit = owner.CommuneUnit!;
        var place = _r.NextDouble() < 0.75 ? unit.Name : provinces[unit.ProvinceCode].Name;
        var name = VietnameseNames.ProductName(_r, set, place);
        var stars = GeneratorMixes.Stars.Pick(_r);
        var history = History(stars);
        var latestYear = history.Count > 0 ? history[^1].EvaluationYear : today.Year;
        var sequence = nextSequence.GetValueOrDefault(unit.Code, 1);
        nextSequence[unit.Code] = sequence + 1;
        // Codes are in today's (province-commune) shape: products recognised before July 2025 were re-coded
        // under the new communes, so the code year is never before 2025.
        var code = OcopProductCode.Create(unit.ProvinceCode, unit.Code, sequence, Math.Clamp(latestYear, OcopProductCode.FirstCurrentYear, Math.Max(today.Year, OcopProductCode.FirstCurrentYear)));
        string? gtin = null;
        if (gtinCompany is not null && _r.NextDouble() < 0.85)
        {
            var item = itemRefs[owner] = itemRefs.GetValueOrDefault(owner) + 1;
            gtin = Gtin.FromBody(gtinCompany + item.ToString("0000", CultureInfo.InvariantCulture)).Value;
        }
        var description = VietnameseNames.Pick(_r, Descriptions);
        var food = GeneratorMixes.IsFoodOrDrink(set);
        var p = new Product
        {
            Name = name, SearchName = VietnameseText.Fold(name), RulebookId = NationalDataGenerator.RulebookId, ProductSetNo = set, SectorCode = setSectors[set],
            Producer = owner, CommuneUnitId = unit.Id, ProvinceCode = unit.ProvinceCode, CommuneCode = unit.Code,
            OcopCode = code.Value, CodeCommune = code.CommuneCode, CodeSequence = code.Sequence, CodeYear = code.Year,
            Gtin = gtin, Description = description, Packaging = food ? VietnameseNames.Pick(_r, Packagings) : null,
            ShelfLifeDays = food ? VietnameseNames.Pick(_r, [30, 90, 180, 365, 730]) : null,
            Standards = food ? $"TCCS 01:{latestYear}/{Initials(owner.Name)}" : null,
            TrademarkNumber = stars >= 4 || _r.NextDouble() < 0.4 ? $"4-{_r.Next(2018, 2026)}-{_r.Next(1, 50_000):00000}" : null,
            Status = _r.NextDouble() switch { < 0.97 => ProductStatus.Active, < 0.98 => ProductStatus.Suspended, _ => ProductStatus.Discontinued },
            History = history, CreatedAt = now, UpdatedAt = now,
        };
        p.CurrentStars = ProductRules.CurrentStars(history, today);
        // The same text ProductRules builds for the search box (name, producer, commune, code, description).
        var text = VietnameseText.Fold(string.Join(' ', p.Name, owner.Name, unit.FullName, p.OcopCode, p.Description));
        p.SearchText = text.Length > 4000 ? text[..4000] : text;
        return p;
    }

    /// <summary>
    /// Recognitions, oldest first. The latest one is still valid today (certificates last 36 months) when the
    /// product has stars in force; earlier ones are 36 months apart, possibly one star lower (an upgrade).
    /// Without stars in force, half the products carry an old, expired recognition (not renewed).
    /// </summary>
    private List<ProductOcopRecord> History(int? stars)
    {
        var first = new DateOnly(2019, 3, 1);
        var records = new List<ProductOcopRecord>();
        DateOnly issued;
        int current;
        if (stars is { } s) { issued = today.AddDays(-_r.Next(0, 33 * 30)); current = s; }
        else if (_r.NextDouble() < 0.5) { issued = today.AddDays(-_r.Next(37 * 30, 6 * 365)); current = 3; }
        else return records;
        while (issued >= first)
        {
            records.Insert(0, Record(issued, current));
            if (_r.NextDouble() >= 0.45) break;
            issued = issued.AddMonths(-36).AddDays(-_r.Next(0, 60));
            if (current > 3 && _r.NextDouble() < 0.4) current--;
        }
        return records;
    }

    private ProductOcopRecord Record(DateOnly issued, int stars)
    {
        var national = stars == 5;
        // The central level's decisions: Bộ NN&PTNT until the 2025 merger, Bộ NN&MT after.
        var issuer = !national ? "QĐ-UBND" : issued.Year >= 2025 ? "QĐ-BNNMT" : "QĐ-BNN-VPĐP";
        var decision = $"{_r.Next(100, 4000)}/{issuer}";
        var band = stars switch { 5 => (90m, 100m), 4 => (70m, 89.5m), _ => (50m, 69.5m) };
        return new ProductOcopRecord
        {
            EvaluationYear = issued.Year, Stars = stars,
            Points = Math.Round(band.Item1 + (band.Item2 - band.Item1) * (decimal)_r.NextDouble(), 1),
            RulebookId = rulebooks.Where(r => r.IsInForceOn(issued)).OrderByDescending(r => r.EffectiveFrom).FirstOrDefault()?.Id,
            Level = national ? "national" : "province", DecisionNumber = decision, DecisionDate = issued,
            CertificateNumber = $"{decision}/GCN", IssuedOn = issued, ExpiresOn = issued.AddMonths(36),
        };
    }

    /// <summary>A 12-digit-body company prefix "893" + 5 digits, unique within the run; 4 digits of item reference follow.</summary>
    private string GtinCompany()
    {
        int n;
        do n = _r.Next(10_000, 100_000); while (!_gtinCompanies.Add(n) && _gtinCompanies.Count < 90_000);
        return "893" + n.ToString(CultureInfo.InvariantCulture);
    }

    private string TaxCode(string province)
    {
        while (true)
        {
            var nine = province + _r.Next(0, 10_000_000).ToString("0000000", CultureInfo.InvariantCulture);
            if (VietnamTaxCode.ComputeCheckDigit(nine) is { } check) return nine + check.ToString(CultureInfo.InvariantCulture);
        }
    }

    private IEnumerable<string> Distinct(string[] items, int count) =>
        items.OrderBy(_ => _r.Next()).Take(count).ToList();

    private static string Initials(string name) =>
        new(VietnameseText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])).Take(6).ToArray());
}
