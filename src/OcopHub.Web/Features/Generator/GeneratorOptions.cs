using System.Globalization;

namespace OcopHub.Web.Features.Generator;

/// <summary>What `generate` was asked for. <see cref="Provinces"/> null = every province.</summary>
public sealed record GeneratorOptions(int Producers, int Products, int Seed = GeneratorOptions.DefaultSeed,
    IReadOnlyList<string>? Provinces = null, bool Append = false)
{
    public const int DefaultSeed = 2026;
    public const int MaxRows = 1_000_000;

    public const string Usage =
        "generate --producers N --products N [--seed N] [--provinces all|19,25] [--append]";

    /// <summary>Parses the command's arguments; the error (English, for the console) says what is wrong.</summary>
    public static (GeneratorOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        int? producers = null, products = null;
        var seed = DefaultSeed;
        IReadOnlyList<string>? provinces = null;
        var append = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--append") { append = true; continue; }
            if (i + 1 >= args.Count) return (null, $"{name} needs a value.");
            var value = args[++i];
            switch (name)
            {
                case "--producers" when TryCount(value, out var n): producers = n; break;
                case "--products" when TryCount(value, out var n): products = n; break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s): seed = s; break;
                // Host settings the web host itself reads from the command line (scripts pass --contentRoot).
                case "--contentRoot" or "--urls" or "--environment": break;
                case "--provinces":
                    if (value.Equals("all", StringComparison.OrdinalIgnoreCase)) { provinces = null; break; }
                    var codes = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (codes.Length == 0 || codes.Any(c => c.Length != 2 || !c.All(char.IsAsciiDigit)))
                        return (null, $"--provinces takes 'all' or two-digit province codes separated by commas (e.g. 19,25), not '{value}'.");
                    provinces = codes.Distinct().ToArray();
                    break;
                case "--producers" or "--products" or "--seed": return (null, $"{name}: '{value}' is not a valid number (0–{MaxRows:N0}).");
                default: return (null, $"Unknown option '{name}'.");
            }
        }
        if (producers is null || products is null) return (null, "--producers and --products are required.");
        if (products > 0 && producers == 0) return (null, "Products need producers: --producers must be at least 1.");
        return (new GeneratorOptions(producers.Value, products.Value, seed, provinces, append), null);
    }

    private static bool TryCount(string text, out int n) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out n) && n is >= 0 and <= MaxRows;
}
