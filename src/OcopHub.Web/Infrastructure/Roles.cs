namespace OcopHub.Web.Infrastructure;

/// <summary>The roles of OCOP Hub. Names are stable identifiers; the UI shows the Vietnamese titles.</summary>
public static class Roles
{
    public const string Admin = "Admin";                     // Quản trị hệ thống
    public const string Ministry = "Ministry";               // Cán bộ Bộ NN&MT (national)
    public const string ProvinceOffice = "ProvinceOffice";   // Văn phòng/Cơ quan thường trực OCOP tỉnh
    public const string Department = "Department";           // Cán bộ sở, ngành
    public const string CouncilMember = "CouncilMember";     // Thành viên hội đồng đánh giá
    public const string CommuneOfficer = "CommuneOfficer";   // Cán bộ xã
    public const string Producer = "Producer";               // Chủ thể OCOP

    public static readonly string[] All = [Admin, Ministry, ProvinceOffice, Department, CouncilMember, CommuneOfficer, Producer];

    /// <summary>Roles whose users see the whole country.</summary>
    public static bool IsNational(string role) => role is Admin or Ministry;

    /// <summary>What scope a user of the role must have.</summary>
    public static ScopeKind RequiredScope(string role) => role switch
    {
        Admin or Ministry => ScopeKind.National,
        CommuneOfficer => ScopeKind.Commune,
        Producer => ScopeKind.Producer,
        _ => ScopeKind.Province,
    };

    public static string Title(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        Ministry => "Cán bộ Bộ Nông nghiệp và Môi trường",
        ProvinceOffice => "Văn phòng OCOP tỉnh",
        Department => "Cán bộ sở, ngành",
        CouncilMember => "Thành viên hội đồng",
        CommuneOfficer => "Cán bộ xã",
        Producer => "Chủ thể OCOP",
        _ => role,
    };
}

public enum ScopeKind { National, Province, Commune, Producer }

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    public const string Admin = "Admin";
    /// <summary>Any signed-in, active user.</summary>
    public const string SignedIn = "SignedIn";
    /// <summary>State officers (not producers): province, department, council, commune, ministry, admin.</summary>
    public const string Officer = "Officer";
    /// <summary>Who may manage producer records: the OCOP office, commune officers, admin, and producers (their own).</summary>
    public const string ProducerEditor = "ProducerEditor";
    /// <summary>Who may import registry lists from spreadsheets: the provincial OCOP office, commune officers, admin.</summary>
    public const string Importer = "Importer";
    /// <summary>Who records recognitions, revocations and inspections: the provincial office (3★/4★) and the Ministry (5★).</summary>
    public const string RecognitionAuthority = "RecognitionAuthority";
}
