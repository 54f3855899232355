using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using OcopHub.Bench.Engine;
using OcopHub.Core.Criteria;
using OcopHub.Core.Scoring;

// Star engine benchmark: evaluates N products, each scored by M council members with random valid answers.
// Usage: dotnet run -c Release --project bench/OcopHub.Bench.Engine -- [--count 100000] [--members 7]
//        [--set 8] [--pool 2000] [--seed 26] [--gap 10000] [--rulebook path/to/26-2026.json]
var opts = Options.Parse(args);
var (rulebook, source) = BenchRulebook.Load(opts.RulebookPath);

var compileWatch = Stopwatch.StartNew();
var compiled = CompiledSheet.For(rulebook, opts.Set);
compileWatch.Stop();

// A pool of products (each a panel of member sheets) reused round-robin: 100,000 × 7 distinct answer
// dictionaries would need ~1 GB and measure the allocator, not the engine.
var random = new Random(opts.Seed);
var panels = Enumerable.Range(0, opts.Pool).Select(_ => Panels.Random(random, compiled.Sheet, opts.Members)).ToArray();
var evaluation = EvaluationOptions.Default;

// Warm-up so tiered JIT and PGO settle before measuring.
for (var i = 0; i < Math.Min(opts.Count, 20_000); i++) StarEngine.Evaluate(compiled, panels[i % panels.Length], null, evaluation);

var stars = new int[7]; // index 0 = not recognised, 1..5, 6 = knocked out / disqualified
GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
for (var i = 0; i < opts.Count; i++)
{
    var r = StarEngine.Evaluate(compiled, panels[i % panels.Length], null, evaluation);
    stars[r.Status is EvaluationStatus.KnockedOut or EvaluationStatus.Disqualified ? 6 : r.AwardedStars ?? 0]++;
}
watch.Stop();
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
var gcAfter = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

// The same run again, reading the bilingual explanation as the API does when it serialises a result.
var explainAllocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var explainWatch = Stopwatch.StartNew();
long textLength = 0;
for (var i = 0; i < opts.Count; i++)
{
    var r = StarEngine.Evaluate(compiled, panels[i % panels.Length], null, evaluation);
    textLength += r.Explanation.Vi.Length + r.Explanation.En.Length;
}
explainWatch.Stop();
var explainAllocated = GC.GetTotalAllocatedBytes(precise: true) - explainAllocatedBefore;

// Gap analysis is interactive (one product at a time) but must stay cheap too.
var gapCount = Math.Min(opts.GapCount, opts.Count);
var gapWatch = Stopwatch.StartNew();
var reachable = 0;
for (var i = 0; i < gapCount; i++)
    if (GapAnalyzer.Analyze(rulebook, opts.Set, panels[i % panels.Length], null, evaluation).Reachable) reachable++;
gapWatch.Stop();

var inv = CultureInfo.InvariantCulture;
Console.WriteLine("OCOP Hub: star engine benchmark");
Console.WriteLine("== Setup");
Console.WriteLine($"machine      : {Machine.Cpu()} ({Environment.ProcessorCount} logical CPUs), {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}");
Console.WriteLine($"runtime      : {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}, {Machine.Configuration()}");
Console.WriteLine($"rulebook     : {rulebook.Id} from {source}; set {opts.Set}: {compiled.Sheet.AllCriteria.Count()} criteria, max {compiled.Sheet.Max} points");
Console.WriteLine($"workload     : {opts.Count.ToString("N0", inv)} evaluations × {opts.Members} members (pool of {opts.Pool.ToString("N0", inv)} random products, seed {opts.Seed}), minimum rule {evaluation.MinimumRule}, single thread");
Console.WriteLine("== Results");
Console.WriteLine($"compile sheet: {compileWatch.Elapsed.TotalMilliseconds.ToString("0.00", inv)} ms (once per rulebook and set, cached)");
Console.WriteLine($"evaluate     : {watch.Elapsed.TotalSeconds.ToString("0.000", inv)} s total, {(opts.Count / watch.Elapsed.TotalSeconds).ToString("N0", inv)} evaluations/s, {(watch.Elapsed.TotalMicroseconds / opts.Count).ToString("0.00", inv)} µs each");
Console.WriteLine($"cpu time     : {cpu.TotalSeconds.ToString("0.000", inv)} s, {(opts.Count / cpu.TotalSeconds).ToString("N0", inv)} evaluations per CPU-second (robust when other processes share the cores; load average {Machine.LoadAverage()})");
Console.WriteLine($"allocations  : {(allocated / 1024d / 1024d).ToString("N1", inv)} MiB total, {(allocated / (double)opts.Count).ToString("N0", inv)} B per evaluation; GC gen0/1/2: {gcAfter.Item1 - gcBefore.Item1}/{gcAfter.Item2 - gcBefore.Item2}/{gcAfter.Item3 - gcBefore.Item3}");
Console.WriteLine($"+ explanation: {explainWatch.Elapsed.TotalSeconds.ToString("0.000", inv)} s total, {(opts.Count / explainWatch.Elapsed.TotalSeconds).ToString("N0", inv)} evaluations/s, {(explainAllocated / (double)opts.Count).ToString("N0", inv)} B per evaluation (average text {(textLength / (double)opts.Count).ToString("N0", inv)} chars)");
Console.WriteLine($"gap analysis : {gapCount.ToString("N0", inv)} in {gapWatch.Elapsed.TotalSeconds.ToString("0.000", inv)} s, {(gapCount / gapWatch.Elapsed.TotalSeconds).ToString("N0", inv)}/s ({reachable.ToString("N0", inv)} with a reachable next star)");
Console.WriteLine($"outcomes     : not recognised {stars[0]:N0}, 3★ {stars[3]:N0}, 4★ {stars[4]:N0}, 5★ {stars[5]:N0}, knocked out {stars[6]:N0}");

internal sealed record Options(int Count, int Members, int Set, int Pool, int Seed, int GapCount, string? RulebookPath)
{
    public static Options Parse(string[] args)
    {
        var o = new Options(100_000, 7, 8, 2_000, 26, 10_000, null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var v = args[i + 1];
            o = args[i] switch
            {
                "--count" => o with { Count = int.Parse(v, CultureInfo.InvariantCulture) },
                "--members" => o with { Members = int.Parse(v, CultureInfo.InvariantCulture) },
                "--set" => o with { Set = int.Parse(v, CultureInfo.InvariantCulture) },
                "--pool" => o with { Pool = int.Parse(v, CultureInfo.InvariantCulture) },
                "--seed" => o with { Seed = int.Parse(v, CultureInfo.InvariantCulture) },
                "--gap" => o with { GapCount = int.Parse(v, CultureInfo.InvariantCulture) },
                "--rulebook" => o with { RulebookPath = v },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return o;
    }
}

/// <summary>Random but plausible panels: members agree on most criteria and differ by one option now and then.</summary>
internal static class Panels
{
    public static ScoreSheetAnswers[] Random(Random random, ScoreSheet sheet, int members)
    {
        var criteria = sheet.AllCriteria.ToArray();
        // The better of two draws: products that reach a council are mostly decent, so outcomes spread over 1–5★.
        var product = criteria.Select(c => Math.Max(random.Next(Choices(c).Count), random.Next(Choices(c).Count))).ToArray();
        return Enumerable.Range(0, members).Select(m => new ScoreSheetAnswers($"tv{m + 1}", criteria.Select((c, i) =>
        {
            var choices = Choices(c);
            var pick = product[i];
            if (random.Next(4) == 0) pick = Math.Clamp(pick + (random.Next(2) == 0 ? -1 : 1), 0, choices.Count - 1);
            return (c.Code, choices[pick]);
        }).ToDictionary(x => x.Code, x => x.Item2))).ToArray();
    }

    /// <summary>Valid answers, lowest points first; knock-outs excluded (rare in practice, they end the evaluation).</summary>
    private static List<string> Choices(Criterion c)
    {
        var letters = c.Options.Where(o => !o.KnockOut).OrderBy(o => o.Points).Select(o => o.Letter).ToList();
        if (c.AllowsNone) letters.Insert(0, ScoreSheetAnswers.None);
        return letters;
    }
}

internal static class Machine
{
    public static string Cpu()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null) return line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    public static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "n/a"; }
        catch (UnauthorizedAccessException) { return "n/a"; }
    }

    public static string Configuration() =>
#if DEBUG
        "DEBUG build (use -c Release for real numbers)";
#else
        "Release build";
#endif
}
