using OcopHub.Core.Text;

namespace OcopHub.Core.Recognition;

/// <summary>
/// A level of government that scores (hội đồng cấp …) or recognises (UBND/Bộ công nhận) OCOP products.
/// Districts (cấp huyện) took part until 30/6/2025; since 1/7/2025 local government has two levels.
/// </summary>
public enum RecognitionLevel { District = 1, Province = 2, National = 3 }

/// <summary>The stored ids ("district", "province", "national"), what people write for them, and their Vietnamese names.</summary>
public static class RecognitionLevels
{
    public const string DistrictId = "district";
    public const string ProvinceId = "province";
    public const string NationalId = "national";

    /// <summary>The Ministry of Agriculture and Environment (Bộ NN&amp;MT) exists from 1/3/2025 (NĐ 35/2025/NĐ-CP); before, Bộ NN&amp;PTNT.</summary>
    public static readonly DateOnly MinistryMerged = new(2025, 3, 1);

    public static string Id(this RecognitionLevel level) => level switch
    {
        RecognitionLevel.District => DistrictId,
        RecognitionLevel.Province => ProvinceId,
        _ => NationalId,
    };

    /// <summary>The stored id only ("district", "province", "national"); null for anything else.</summary>
    public static RecognitionLevel? FromId(string? id) => id switch
    {
        DistrictId => RecognitionLevel.District,
        ProvinceId => RecognitionLevel.Province,
        NationalId => RecognitionLevel.National,
        _ => null,
    };

    /// <summary>
    /// Reads a level as written in a spreadsheet or form, without diacritics or case: the ids, "huyện", "cấp huyện",
    /// "UBND huyện", "tỉnh", "cấp tỉnh", "UBND tỉnh", "trung ương", "cấp trung ương", "TW", "Bộ", "quốc gia".
    /// </summary>
    public static bool TryRead(string? text, out RecognitionLevel level)
    {
        var key = VietnameseText.Fold(text).Replace('-', ' ').Replace('_', ' ');
        foreach (var prefix in new[] { "ubnd ", "uy ban nhan dan ", "cap " })
            if (key.StartsWith(prefix, StringComparison.Ordinal)) key = key[prefix.Length..];
        RecognitionLevel? found = key switch
        {
            "district" or "huyen" or "quan huyen" or "huyen cu" => RecognitionLevel.District,
            "province" or "tinh" or "tinh thanh" or "tinh/thanh pho" => RecognitionLevel.Province,
            "national" or "trung uong" or "tw" or "quoc gia" or "bo" or "bo nn&mt" or "bo nn&ptnt" => RecognitionLevel.National,
            _ => null,
        };
        level = found ?? default;
        return found is not null;
    }

    /// <summary>"cấp huyện", "cấp tỉnh", "cấp trung ương".</summary>
    public static string VietnameseName(this RecognitionLevel level) => level switch
    {
        RecognitionLevel.District => "cấp huyện",
        RecognitionLevel.Province => "cấp tỉnh",
        _ => "cấp trung ương",
    };

    /// <summary>"Hội đồng cấp huyện" …: the council that scored.</summary>
    public static string CouncilName(this RecognitionLevel level) => "Hội đồng " + level.VietnameseName();

    /// <summary>
    /// Who signed a recognition, as a reader expects it: "UBND huyện Ba Bể (cũ)" (the district's full name with its own
    /// type: huyện, quận, thị xã, thành phố), "UBND tỉnh", "Bộ NN&amp;MT" (Bộ NN&amp;PTNT for decisions before 1/3/2025).
    /// </summary>
    public static string Issuer(this RecognitionLevel level, DateOnly? decisionDate, string? districtFullName = null) => level switch
    {
        RecognitionLevel.District when !string.IsNullOrWhiteSpace(districtFullName) => $"UBND {LowerType(districtFullName.Trim())} (cũ)",
        RecognitionLevel.District => "UBND cấp huyện (cũ)",
        RecognitionLevel.Province => "UBND tỉnh",
        _ => decisionDate < MinistryMerged ? "Bộ NN&PTNT" : "Bộ NN&MT",
    };

    /// <summary>The type words of districts in the registry (the pre-2025 dump also writes "Thành Phố", "Thị Xã").</summary>
    private static readonly string[] DistrictTypes = ["Huyện", "Quận", "Thị xã", "Thành phố"];

    /// <summary>"Huyện Ba Bể" → "huyện Ba Bể"; "Thành Phố Bắc Kạn" → "thành phố Bắc Kạn"; a name without a type stays as it is.</summary>
    public static string LowerType(string fullName)
    {
        foreach (var type in DistrictTypes)
            if (fullName.StartsWith(type + " ", StringComparison.OrdinalIgnoreCase))
                return type.ToLowerInvariant() + fullName[type.Length..];
        return fullName;
    }
}
