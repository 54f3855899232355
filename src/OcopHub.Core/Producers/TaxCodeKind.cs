namespace OcopHub.Core.Producers;

public enum TaxCodeKind
{
    /// <summary>10 digits: an enterprise, cooperative or other taxpayer (TT 105/2020/TT-BTC Art. 5).</summary>
    Organisation,

    /// <summary>13 digits written "NNNNNNNNNN-BBB": a dependent unit (branch, representative office) of the 10-digit parent.</summary>
    DependentUnit,

    /// <summary>
    /// 12 digits: a citizen's personal identification number, used as the tax code of individuals and household
    /// businesses from 1 July 2025 (TT 86/2024/TT-BTC). It has no check digit, so only its shape can be checked.
    /// </summary>
    PersonalIdentification,
}
