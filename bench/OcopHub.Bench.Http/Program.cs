using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcopHub.Bench.Http;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length > 0 && args[0] == "gen-evaluate")
    return EvaluateBodyGenerator.Run(args[1..]);

if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Options.Usage);
    return args.Length == 0 ? 1 : 0;
}

Options o;
List<RequestTemplate> templates;
try
{
    o = Options.Parse(args);
    if (!Loopback.IsAllowedHost(o.BaseUrl!, out var reason)) throw new TargetRefusedException(reason);
    templates = RequestTemplate.Load(o);
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine("run with --help for the options");
    return 1;
}
catch (TargetRefusedException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

#if DEBUG
const string build = "Debug";
#else
const string build = "Release";
#endif

void Say(string line)
{
    if (!o.Quiet) Console.WriteLine(line);
}

var loadBefore = ProcInfo.LoadAverage();
Say("== OcopHub.Bench.Http: HTTP load benchmark ==");
if (o.Label is not null) Say($"label:        {o.Label}");
Say($"machine:      {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.OSArchitecture}; load average {loadBefore}");
Say($"runtime:      {RuntimeInformation.FrameworkDescription}, {build} build, {(GCSettings.IsServerGC ? "server" : "workstation")} GC (client)");
Say($"target:       {o.BaseUrl} ({templates.Count} template{(templates.Count == 1 ? "" : "s")}{(templates.Count > 1 ? o.RandomPick ? $", random pick, seed {o.Seed}" : ", round-robin" : "")})");
foreach (var t in templates.Take(10)) Say($"                {t.Display}");
if (templates.Count > 10) Say($"                … and {templates.Count - 10} more");
Say($"auth:         {(o.Token is null ? "none" : "Authorization: Bearer <token>")}");
Say($"concurrency:  {o.Concurrency} worker{(o.Concurrency == 1 ? "" : "s")}, each one request in flight; one shared HttpClient (SocketsHttpHandler, HTTP/1.1, MaxConnectionsPerServer {o.Concurrency}, no redirects, no cookies)");
Say(o.DurationSeconds is { } dur
    ? $"duration:     {dur:0.###} s measured, after {o.WarmupSeconds:0.###} s warm-up (not counted); request timeout {o.TimeoutSeconds:0.###} s"
    : $"requests:     {o.Requests} measured, after {o.WarmupSeconds:0.###} s warm-up (not counted); request timeout {o.TimeoutSeconds:0.###} s");

ProcInfo.Snapshot? serverBefore = null;
if (o.ServerPid is { } pid)
{
    serverBefore = ProcInfo.Read(pid);
    Say(serverBefore is null
        ? $"server pid:   {pid} (not readable in /proc: memory and CPU will not be reported)"
        : $"server pid:   {pid}; before the run: VmHWM {Mib(serverBefore.VmHwmKb)}, VmRSS {Mib(serverBefore.VmRssKb)}");
}

using var runner = new LoadRunner(o, templates);

var preflight = await runner.PreflightAsync();
if (preflight.Count > 0)
{
    foreach (var f in preflight.Take(3)) Console.Error.WriteLine($"pre-flight: {f}");
    if (preflight.Count > 3) Console.Error.WriteLine($"pre-flight: … and {preflight.Count - 3} more template(s) failed the same check");
    if (!o.AllowErrors)
    {
        Console.Error.WriteLine($"FAILED: {preflight.Count} of {templates.Count} template(s) did not get a 2xx answer before the load started; no numbers reported (use --allow-errors to benchmark error answers on purpose)");
        return 3;
    }
}

using var cts = new CancellationTokenSource();
var serverExited = false;
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};
// With --server-pid, a server that dies mid-run stops the load at once instead of timing connection errors.
using var watchStop = new CancellationTokenSource();
var watch = o.ServerPid is { } watchedPid
    ? Task.Run(async () =>
    {
        while (!watchStop.IsCancellationRequested)
        {
            if (!ProcInfo.IsAlive(watchedPid))
            {
                serverExited = true;
                cts.Cancel();
                return;
            }
            try { await Task.Delay(200, watchStop.Token); } catch (OperationCanceledException) { return; }
        }
    })
    : Task.CompletedTask;

ProcInfo.Snapshot? serverAtMeasureStart = null;
var clientCpuAtStart = TimeSpan.Zero;
var run = await runner.RunAsync(() =>
{
    clientCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    if (o.ServerPid is { } p) serverAtMeasureStart = ProcInfo.Read(p);
}, cts.Token);
var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - clientCpuAtStart).TotalSeconds;
await watchStop.CancelAsync();
await watch;
var serverAfter = o.ServerPid is { } pid2 ? ProcInfo.Read(pid2) : null;
var loadAfter = ProcInfo.LoadAverage();

// ---- aggregate ----
var total = run.Workers.Sum(w => (long)w.LatencyTicks.Count);
var samples = new long[total];
var k = 0;
foreach (var w in run.Workers)
{
    w.LatencyTicks.CopyTo(samples, k);
    k += w.LatencyTicks.Count;
}
Array.Sort(samples);
var status = new SortedDictionary<int, long>();
var transport = new SortedDictionary<string, long>(StringComparer.Ordinal);
foreach (var w in run.Workers)
{
    foreach (var (code, c) in w.StatusCounts) status[code] = status.GetValueOrDefault(code) + c;
    foreach (var (name, c) in w.TransportErrors) transport[name] = transport.GetValueOrDefault(name) + c;
}
var ok = status.Where(s => LoadRunner.IsSuccess(s.Key)).Sum(s => s.Value);
var errors = total - ok;
var elapsed = Stopwatch.GetElapsedTime(run.MeasureStart, run.MeasureEnd).TotalSeconds;
var throughput = elapsed > 0 ? total / elapsed : 0;
var warmupRequests = run.Workers.Sum(w => w.WarmupRequests);
var bodyBytes = run.Workers.Sum(w => w.BodyBytes);

double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
double? Pct(double p) => total == 0 ? null : Ms(samples[Math.Clamp((int)Math.Ceiling(p / 100.0 * total) - 1, 0, (int)total - 1)]);
double? mean = total == 0 ? null : Ms((long)samples.Average(x => (double)x));
double? min = total == 0 ? null : Ms(samples[0]);
double? max = total == 0 ? null : Ms(samples[^1]);
var p50 = Pct(50);
var p95 = Pct(95);
var p99 = Pct(99);

double? serverCpu = serverAfter?.CpuSeconds is { } a && serverAtMeasureStart?.CpuSeconds is { } b ? a - b : null;

// ---- text ----
Say("-- results --");
var interrupted = cts.IsCancellationRequested && !serverExited;
Say($"requests:     {total:N0} in {elapsed:0.000} s measured ({warmupRequests:N0} warm-up requests in {run.WarmupSeconds:0.0} s not counted){(run.HitTimeCap ? "; STOPPED AT THE TIME CAP" : "")}{(interrupted ? "; INTERRUPTED (Ctrl-C)" : "")}{(serverExited ? "; STOPPED: THE SERVER PROCESS EXITED" : "")}");
Say($"throughput:   {throughput:N1} req/s");
Say($"status:       {(status.Count == 0 ? "none" : string.Join(", ", status.Select(s => $"{s.Key}: {s.Value:N0}")))}");
var errorParts = status.Where(s => !LoadRunner.IsSuccess(s.Key)).Select(s => $"{s.Key}: {s.Value:N0}")
    .Concat(transport.Select(t => $"{t.Key}: {t.Value:N0}")).ToList();
Say($"errors:       {(errors == 0 ? "none" : $"{errors:N0} ({string.Join(", ", errorParts)})")}");
Say(total == 0
    ? "latency:      no samples"
    : $"latency ms:   p50 {p50:0.000}  p95 {p95:0.000}  p99 {p99:0.000}  max {max:0.000}  (mean {mean:0.000}, min {min:0.000}); exact, all {total:N0} samples, request start to last body byte");
Say($"received:     {bodyBytes / 1048576.0:0.00} MiB of response bodies ({(total == 0 ? 0 : bodyBytes / total):N0} B per request)");
Say($"client CPU:   {clientCpu:0.00} s in the measured phase ({(total == 0 ? 0 : clientCpu * 1e6 / total):N0} µs per request)");
if (o.ServerPid is { } pid3)
{
    if (serverAfter is null) Say($"server:       pid {pid3} not readable after the run (exited?)");
    else
    {
        Say($"server mem:   peak RSS (VmHWM) {Mib(serverAfter.VmHwmKb)} since the server started; VmRSS now {Mib(serverAfter.VmRssKb)}");
        if (serverCpu is { } sc)
            Say($"server CPU:   {sc:0.00} s in the measured phase = {(elapsed > 0 ? sc / elapsed * 100 : 0):0}% of one core, {(total == 0 ? 0 : sc * 1e6 / total):N0} µs per request (USER_HZ {ProcInfo.UserHz:0})");
    }
}
Say($"load average: {loadBefore} before, {loadAfter} after (client and server share this machine)");

// ---- one-line JSON (the last line of stdout) ----
static JsonNode? N(double? v, int digits = 3) => v is { } x ? JsonValue.Create(Math.Round(x, digits)) : null;
var statusJson = new JsonObject();
foreach (var (code, c) in status) statusJson[code.ToString(CultureInfo.InvariantCulture)] = c;
var errorsJson = new JsonObject();
foreach (var (code, c) in status.Where(s => !LoadRunner.IsSuccess(s.Key))) errorsJson[code.ToString(CultureInfo.InvariantCulture)] = c;
foreach (var (name, c) in transport) errorsJson[name] = c;
var summary = new JsonObject
{
    ["tool"] = "OcopHub.Bench.Http",
    ["label"] = o.Label,
    ["cores"] = Environment.ProcessorCount,
    ["os"] = RuntimeInformation.OSDescription.Trim(),
    ["dotnet"] = RuntimeInformation.FrameworkDescription,
    ["build"] = build,
    ["target"] = o.BaseUrl!.ToString(),
    ["templates"] = new JsonArray(templates.Select(t => (JsonNode?)JsonValue.Create(t.Display)).ToArray()),
    ["pick"] = templates.Count > 1 ? (o.RandomPick ? "random" : "round-robin") : null,
    ["seed"] = o.RandomPick ? o.Seed : null,
    ["concurrency"] = o.Concurrency,
    ["durationSeconds"] = o.DurationSeconds,
    ["requestsTarget"] = o.Requests,
    ["warmupSeconds"] = o.WarmupSeconds,
    ["warmupRequests"] = warmupRequests,
    ["elapsedSeconds"] = N(elapsed),
    ["requests"] = total,
    ["ok"] = ok,
    ["errors"] = errors,
    ["status"] = statusJson,
    ["errorsByStatus"] = errorsJson,
    ["throughputRps"] = N(throughput, 1),
    ["latencyMs"] = new JsonObject { ["p50"] = N(p50), ["p95"] = N(p95), ["p99"] = N(p99), ["max"] = N(max), ["mean"] = N(mean), ["min"] = N(min) },
    ["bodyBytes"] = bodyBytes,
    ["clientCpuSeconds"] = N(clientCpu),
    ["serverPid"] = o.ServerPid,
    ["serverVmHwmKb"] = serverAfter?.VmHwmKb,
    ["serverVmRssKb"] = serverAfter?.VmRssKb,
    ["serverCpuSeconds"] = N(serverCpu),
    ["loadAverageBefore"] = loadBefore,
    ["loadAverageAfter"] = loadAfter,
    ["hitTimeCap"] = run.HitTimeCap,
    ["interrupted"] = interrupted,
    ["serverExited"] = serverExited,
};
var json = summary.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
Console.WriteLine(json);
if (o.JsonOut is not null) File.WriteAllText(o.JsonOut, json + "\n");

if (serverExited)
{
    Console.Error.WriteLine($"FAILED: the server process (pid {o.ServerPid}) exited during the run; the numbers above are not a valid benchmark");
    return 3;
}
if (interrupted)
{
    Console.Error.WriteLine("INTERRUPTED: the run was stopped early (Ctrl-C); the numbers cover the part that ran");
    return 130;
}
if (errors > 0 && !o.AllowErrors)
{
    Console.Error.WriteLine($"FAILED: {errors:N0} of {total:N0} requests got a non-2xx answer or a transport error ({string.Join(", ", errorParts)}); the numbers above are not a valid benchmark");
    return 3;
}
if (total == 0)
{
    Console.Error.WriteLine("FAILED: no request completed in the measured phase");
    return 3;
}
return 0;

static string Mib(long? kb) => kb is { } v ? $"{v / 1024.0:0.0} MiB" : "n/a";
