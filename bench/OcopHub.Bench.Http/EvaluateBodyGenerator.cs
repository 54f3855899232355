using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OcopHub.Bench.Http;

/// <summary>
/// `gen-evaluate`: writes request bodies for POST /api/v1/scoring/evaluate from a rulebook file:
/// {"rulebook":"26-2026","set":8,"sheets":[{"answers":{"1.1":"b",…}} × members],"disqualifiers":[]}.
/// Valid answers per criterion are the option letters (YesNo criteria have "yes"/"no" as letters), plus
/// "none" when the criterion allowsNone; knock-out options are left out so every body is scoreable.
/// Each body draws a base answer per criterion (the better-ranked of two uniform draws, so the products
/// are not all mediocre); each member keeps it or, with probability 1/4, picks another valid answer.
/// </summary>
public static class EvaluateBodyGenerator
{
    const string Usage = """
        usage: OcopHub.Bench.Http gen-evaluate [--rulebook FILE] [--set N] [--members N] [--count N] [--seed N]
                                              (--out FILE | --out-dir DIR) [--path URLPATH]
          --rulebook FILE   rulebook JSON (default: data/reference/rulebooks/26-2026.json, found by walking up
                            from the current directory)
          --set N           product set (sheet) number (default 8)
          --members N       member sheets per body, the council size (default 7)
          --count N         number of different bodies (default 1)
          --seed N          random seed (default 26)
          --out FILE        write one body to FILE (needs --count 1)
          --out-dir DIR     write DIR/evaluate-001.json … and DIR/templates.txt ("POST PATH evaluate-001.json"
                            a line) for the benchmark's --templates option
          --path URLPATH    request path for templates.txt (default /api/v1/scoring/evaluate)
        """;

    public static int Run(string[] args)
    {
        string? rulebookFile = null, outFile = null, outDir = null;
        var path = "/api/v1/scoring/evaluate";
        int set = 8, members = 7, count = 1, seed = 26;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                var a = args[i];
                string Next() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{a} needs a value");
                switch (a)
                {
                    case "--rulebook": rulebookFile = Next(); break;
                    case "--set": set = Options.ParseInt(a, Next(), 1, 1000); break;
                    case "--members": members = Options.ParseInt(a, Next(), 1, 100); break;
                    case "--count": count = Options.ParseInt(a, Next(), 1, 100_000); break;
                    case "--seed": seed = Options.ParseInt(a, Next(), int.MinValue, int.MaxValue); break;
                    case "--out": outFile = Next(); break;
                    case "--out-dir": outDir = Next(); break;
                    case "--path": path = Next(); break;
                    case "--help" or "-h":
                        Console.WriteLine(Usage);
                        return 0;
                    default: throw new UsageException($"unknown argument '{a}'");
                }
            }
            if ((outFile is null) == (outDir is null)) throw new UsageException("give --out FILE or --out-dir DIR");
            if (outFile is not null && count != 1) throw new UsageException("--out writes one body; use --out-dir for --count > 1");
            rulebookFile ??= FindDefaultRulebook() ?? throw new UsageException("data/reference/rulebooks/26-2026.json not found above the current directory; give --rulebook");
            if (!File.Exists(rulebookFile)) throw new UsageException($"rulebook not found: {rulebookFile}");
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine(Usage);
            return 1;
        }

        var root = JsonNode.Parse(File.ReadAllText(rulebookFile))!;
        var rulebookId = (string)root["id"]!;
        var sheet = root["sheets"]!.AsArray().FirstOrDefault(s => (int)s!["setNo"]! == set);
        if (sheet is null)
        {
            Console.Error.WriteLine($"error: rulebook {rulebookId} has no sheet for set {set}");
            return 1;
        }
        var criteria = new List<(string Code, string[] Answers)>();
        foreach (var part in sheet["parts"]!.AsArray())
            foreach (var group in part!["groups"]!.AsArray())
                foreach (var c in group!["criteria"]!.AsArray())
                {
                    var answers = c!["options"]!.AsArray()
                        .Where(op => op!["knockOut"]?.GetValue<bool>() != true)
                        .Select(op => (string)op!["letter"]!)
                        .ToList();
                    if (c["allowsNone"]?.GetValue<bool>() == true) answers.Insert(0, "none");
                    if (answers.Count == 0) answers.Add((string)c["options"]![0]!["letter"]!);
                    criteria.Add(((string)c["code"]!, answers.ToArray()));
                }

        var random = new Random(seed);
        var bodies = new List<string>(count);
        for (var n = 0; n < count; n++)
        {
            var baseIdx = criteria.Select(c => Math.Max(random.Next(c.Answers.Length), random.Next(c.Answers.Length))).ToArray();
            var sheets = new JsonArray();
            for (var m = 0; m < members; m++)
            {
                var answers = new JsonObject();
                for (var ci = 0; ci < criteria.Count; ci++)
                {
                    var (code, options) = criteria[ci];
                    var idx = baseIdx[ci];
                    if (options.Length > 1 && random.Next(4) == 0) idx = (idx + 1 + random.Next(options.Length - 1)) % options.Length;
                    answers[code] = options[idx];
                }
                sheets.Add(new JsonObject { ["answers"] = answers });
            }
            var body = new JsonObject
            {
                ["rulebook"] = rulebookId,
                ["set"] = set,
                ["sheets"] = sheets,
                ["disqualifiers"] = new JsonArray(),
            };
            bodies.Add(body.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (outFile is not null)
        {
            File.WriteAllText(outFile, bodies[0] + "\n", utf8);
            Console.Error.WriteLine($"wrote {outFile}: rulebook {rulebookId}, set {set}, {criteria.Count} criteria, {members} members");
        }
        else
        {
            Directory.CreateDirectory(outDir!);
            var templates = new StringBuilder($"# POST {path} bodies from {Path.GetFileName(rulebookFile)}, set {set}, {members} members, seed {seed}\n");
            for (var n = 0; n < count; n++)
            {
                var name = $"evaluate-{n + 1:000}.json";
                File.WriteAllText(Path.Combine(outDir!, name), bodies[n] + "\n", utf8);
                templates.Append($"POST {path} {name}\n");
            }
            File.WriteAllText(Path.Combine(outDir!, "templates.txt"), templates.ToString(), utf8);
            Console.Error.WriteLine($"wrote {count} bodies and templates.txt to {outDir}: rulebook {rulebookId}, set {set}, {criteria.Count} criteria, {members} members");
        }
        return 0;
    }

    static string? FindDefaultRulebook()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "reference", "rulebooks", "26-2026.json");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
