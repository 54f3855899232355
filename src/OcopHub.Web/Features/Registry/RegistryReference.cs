using OcopHub.Core.Producers;
using OcopHub.Web.Data;

namespace OcopHub.Web.Features.Registry;

/// <summary>The registry's reference lists (legal forms, certification kinds, sales channel kinds), read once.</summary>
public sealed class RegistryReference
{
    public RegistryReference()
    {
        var folder = Path.Combine(ReferenceDataLoader.ReferenceRoot, "registry");
        LegalForms = RegistryReferenceJson.ParseLegalForms(File.ReadAllText(Path.Combine(folder, "legal-forms.json")));
        CertificationKinds = RegistryReferenceJson.ParseCertificationKinds(File.ReadAllText(Path.Combine(folder, "certification-kinds.json")));
        SalesChannelKinds = RegistryReferenceJson.ParseSalesChannelKinds(File.ReadAllText(Path.Combine(folder, "sales-channel-kinds.json")));
    }

    public ReferenceList<LegalForm> LegalForms { get; }
    public ReferenceList<CertificationKind> CertificationKinds { get; }
    public ReferenceList<SalesChannelKind> SalesChannelKinds { get; }

    /// <summary>The Vietnamese or English name of a code, or the code itself when unknown.</summary>
    public static string NameOf<T>(ReferenceList<T> list, string? code, bool english = false) where T : IReferenceItem =>
        list.Find(code) is { } item ? (english ? item.NameEn : item.Name) : code ?? "";
}
