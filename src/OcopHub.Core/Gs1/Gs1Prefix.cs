namespace OcopHub.Core.Gs1;

/// <summary>
/// GS1 prefixes: the first three digits of a company prefix say which GS1 member organisation issued it.
/// 893 is GS1 Vietnam (TCVN 12850:2019 context; GS1 prefix list). A Vietnamese prefix says where the
/// number was licensed, not where the product was made.
/// </summary>
public static class Gs1Prefix
{
    /// <summary>GS1 Vietnam's prefix.</summary>
    public const string Vietnam = "893";

    /// <summary>True when the three-digit GS1 prefix is Vietnam's.</summary>
    public static bool IsVietnam(string? prefix) => prefix == Vietnam;
}
