using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace OcopHub.Bench.Http;

/// <summary>What one worker saw in the measured phase. Workers never share these, so no locks on the hot path.</summary>
public sealed class WorkerStats
{
    public List<long> LatencyTicks { get; } = new(4096);
    public Dictionary<int, long> StatusCounts { get; } = [];
    public Dictionary<string, long> TransportErrors { get; } = [];
    public long BodyBytes;
    public long WarmupRequests;
    public long LastEndTimestamp;
}

/// <summary>Outcome of one request: an HTTP status, or a transport error (status 0 and a name).</summary>
public readonly record struct Outcome(int Status, long Bytes, string? Error);

/// <summary>
/// Runs the load: N workers share one HttpClient; each keeps one request in flight. Phases: warm-up (not
/// counted), measured (by duration or by a request count), stop. A request belongs to the phase in which it
/// started; requests still in flight when a duration ends complete and are counted, and the measured time
/// runs until the last of them completes.
/// </summary>
public sealed class LoadRunner : IDisposable
{
    const int Warmup = 0, Measure = 1, Stop = 2;

    readonly Options _o;
    readonly IReadOnlyList<RequestTemplate> _templates;
    readonly HttpClient _client;
    int _phase;
    long _ticketsLeft;
    long _roundRobin = -1;

    public LoadRunner(Options o, IReadOnlyList<RequestTemplate> templates)
    {
        _o = o;
        _templates = templates;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = o.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = false,          // a redirect could point off the machine
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectCallback = Loopback.ConnectAsync,
        };
        _client = new HttpClient(handler, disposeHandler: true)
        {
            Timeout = TimeSpan.FromSeconds(o.TimeoutSeconds),
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        if (o.Token is not null) _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", o.Token);
    }

    /// <summary>One request per template, sequentially, before any load: fails fast on 404s, 401s or a dead server.</summary>
    public async Task<List<string>> PreflightAsync()
    {
        var failures = new List<string>();
        foreach (var t in _templates)
        {
            try
            {
                using var req = Build(t);
                using var resp = await _client.SendAsync(req);
                var text = await resp.Content.ReadAsStringAsync();
                if (!IsSuccess((int)resp.StatusCode))
                {
                    var snippet = text.Length > 400 ? text[..400] + "…" : text;
                    failures.Add($"{t.Display} -> {(int)resp.StatusCode} {resp.ReasonPhrase}; body: {snippet.ReplaceLineEndings(" ")}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failures.Add($"{t.Display} -> {Describe(e)}: {e.Message}");
            }
        }
        return failures;
    }

    public sealed record RunResult(WorkerStats[] Workers, long MeasureStart, long MeasureEnd, double WarmupSeconds, bool HitTimeCap);

    public async Task<RunResult> RunAsync(Action? onMeasureStart = null, CancellationToken cancel = default)
    {
        var n = _o.Concurrency;
        ThreadPool.GetMinThreads(out var minWorker, out var minIo);
        ThreadPool.SetMinThreads(Math.Max(minWorker, n + 4), Math.Max(minIo, n + 4));

        var stats = new WorkerStats[n];
        _ticketsLeft = _o.Requests ?? long.MaxValue;
        Volatile.Write(ref _phase, _o.WarmupSeconds > 0 ? Warmup : Measure);
        using var reg = cancel.Register(() => Volatile.Write(ref _phase, Stop));

        long measureStart = 0;
        var warmupStart = Stopwatch.GetTimestamp();
        if (_o.WarmupSeconds <= 0)
        {
            onMeasureStart?.Invoke();
            measureStart = Stopwatch.GetTimestamp();
        }

        var tasks = new Task[n];
        for (var i = 0; i < n; i++)
        {
            stats[i] = new WorkerStats();
            var s = stats[i];
            var seed = unchecked(_o.Seed * 1_000_003 + i);
            tasks[i] = Task.Run(() => WorkerAsync(s, seed));
        }

        if (_o.WarmupSeconds > 0)
        {
            await Task.WhenAny(Task.Delay(TimeSpan.FromSeconds(_o.WarmupSeconds)), Task.WhenAll(tasks));
            onMeasureStart?.Invoke();
            measureStart = Stopwatch.GetTimestamp();
            if (Volatile.Read(ref _phase) == Warmup) Volatile.Write(ref _phase, Measure);
        }
        var warmupSeconds = Stopwatch.GetElapsedTime(warmupStart, measureStart).TotalSeconds;

        var hitCap = false;
        if (_o.DurationSeconds is { } d)
        {
            await Task.WhenAny(Task.Delay(TimeSpan.FromSeconds(d)), Task.WhenAll(tasks));
            Volatile.Write(ref _phase, Stop);
        }
        else
        {
            // A request count still stops by itself: every request has a timeout, and a hard cap on wall time.
            var all = Task.WhenAll(tasks);
            if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(Options.MaxDurationSeconds))) != all) hitCap = true;
            Volatile.Write(ref _phase, Stop);
        }
        await Task.WhenAll(tasks);

        var measureEnd = stats.Max(s => s.LastEndTimestamp);
        if (measureEnd < measureStart) measureEnd = Stopwatch.GetTimestamp();
        return new RunResult(stats, measureStart, measureEnd, warmupSeconds, hitCap);
    }

    async Task WorkerAsync(WorkerStats s, int seed)
    {
        var random = new Random(seed);
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var phase = Volatile.Read(ref _phase);
            if (phase == Stop) break;
            if (phase == Measure && Interlocked.Decrement(ref _ticketsLeft) < 0) break;

            var t = _templates.Count == 1 ? _templates[0]
                : _o.RandomPick ? _templates[random.Next(_templates.Count)]
                : _templates[(int)((ulong)Interlocked.Increment(ref _roundRobin) % (ulong)_templates.Count)];

            var start = Stopwatch.GetTimestamp();
            var outcome = await SendAsync(t, buffer);
            var end = Stopwatch.GetTimestamp();

            if (phase == Warmup)
            {
                s.WarmupRequests++;
                continue;
            }
            s.LatencyTicks.Add(end - start);
            s.LastEndTimestamp = end;
            s.BodyBytes += outcome.Bytes;
            if (outcome.Error is null) s.StatusCounts[outcome.Status] = s.StatusCounts.GetValueOrDefault(outcome.Status) + 1;
            else s.TransportErrors[outcome.Error] = s.TransportErrors.GetValueOrDefault(outcome.Error) + 1;
        }
    }

    async Task<Outcome> SendAsync(RequestTemplate t, byte[] buffer)
    {
        try
        {
            using var req = Build(t);
            using var resp = await _client.SendAsync(req, HttpCompletionOption.ResponseHeadersRead);
            long bytes = 0;
            await using (var body = await resp.Content.ReadAsStreamAsync())
            {
                int read;
                while ((read = await body.ReadAsync(buffer)) > 0) bytes += read;
            }
            return new Outcome((int)resp.StatusCode, bytes, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Outcome(0, 0, Describe(e));
        }
    }

    static HttpRequestMessage Build(RequestTemplate t)
    {
        var req = new HttpRequestMessage(t.Method, t.Url);
        if (t.Body is not null)
        {
            req.Content = new ByteArrayContent(t.Body);
            req.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        return req;
    }

    static string Describe(Exception e) => e switch
    {
        TaskCanceledException => "timeout",
        HttpRequestException h => $"transport:{h.HttpRequestError}",
        _ => $"transport:{e.GetType().Name}",
    };

    public static bool IsSuccess(int status) => status is >= 200 and <= 299;

    public void Dispose() => _client.Dispose();
}
