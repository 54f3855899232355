namespace OcopHub.Web.Features.Generator;

/// <summary>
/// The national proportions the generated dataset follows (OCOP-RULES "National scale": end 2024, 14,642 products
/// from 8,086 producers; 32.7 % cooperatives, 24.1 % enterprises, 42.7 % households; 73 % 3★, 23.5 % 4★; 126
/// products 5★ by 2025). Kept apart from the generator so tests can check them on large samples.
/// </summary>
public static class GeneratorMixes
{
    /// <summary>Stars in force; null = no recognition in force (awaiting evaluation or not renewed).</summary>
    public static readonly Weighted<int?> Stars = new([(3, 73.0), (4, 23.3), (5, 0.7), (null, 3.0)]);

    /// <summary>Legal-form codes of data/reference/registry/legal-forms.json (checked against RegistryReference at run time).</summary>
    public static readonly Weighted<string> LegalForms = new(
    [
        ("cooperative", 30.0), ("cooperative-group", 2.7),                 // cooperatives ≈ 32.7 %
        ("sme", 24.1),                                                     // enterprises
        ("registered-household-business", 25.0), ("production-household", 16.5), ("farm", 1.7), // households ≈ 43 %
    ]);

    public static bool IsCooperative(string legalForm) => legalForm is "cooperative" or "cooperative-group";
    public static bool IsEnterprise(string legalForm) => legalForm == "sme";

    /// <summary>
    /// Product sets of 26-2026 (1–26). Food (sets 1–13) dominates, as in every provincial list; beverages,
    /// herbal products and handicrafts follow; ornamental animals and mineral water are rare.
    /// </summary>
    public static readonly Weighted<int> ProductSets = new(
    [
        (1, 9), (2, 5), (3, 5), (4, 6), (5, 3), (6, 7), (7, 9), (8, 8), (9, 4), (10, 3), (11, 7), (12, 4), (13, 3),
        (14, 3), (15, 2), (16, 0.5), (17, 2),
        (18, 4), (19, 1.5), (20, 2),
        (21, 4), (22, 1.5),
        (23, 1), (24, 1), (25, 0.3),
        (26, 2.5),
    ]);

    /// <summary>Sets whose products are food or drink (shelf life, food-safety certifications).</summary>
    public static bool IsFoodOrDrink(int set) => set <= 17;
}
