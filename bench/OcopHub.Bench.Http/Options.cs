using System.Globalization;

namespace OcopHub.Bench.Http;

/// <summary>Command-line options of the load run. Parsing is hand-written: the project adds no packages.</summary>
public sealed class Options
{
    public const double MaxDurationSeconds = 3600;
    public const long MaxRequests = 100_000_000;
    public const int MaxConcurrency = 4096;

    public Uri? BaseUrl { get; private set; }
    public List<string> Paths { get; } = [];
    public string Method { get; private set; } = "GET";
    public string? BodyFile { get; private set; }
    public string? TemplatesFile { get; private set; }
    public bool RandomPick { get; private set; }
    public int Seed { get; private set; } = 1;
    public int Concurrency { get; private set; } = 1;
    public double? DurationSeconds { get; private set; }
    public long? Requests { get; private set; }
    public double WarmupSeconds { get; private set; } = 2;
    public double TimeoutSeconds { get; private set; } = 30;
    public string? Token { get; private set; }
    public int? ServerPid { get; private set; }
    public string? JsonOut { get; private set; }
    public string? Label { get; private set; }
    public bool AllowErrors { get; private set; }
    public bool Quiet { get; private set; }

    public const string Usage = """
        OcopHub.Bench.Http: HTTP load benchmark for a loopback server (127.0.0.0/8 or localhost only).

        usage: OcopHub.Bench.Http --url http://127.0.0.1:5000 [what] [how long] [options]
               OcopHub.Bench.Http gen-evaluate [options]      (see: gen-evaluate --help)

        what to send (one of; default GET /):
          --path PATH            request path relative to --url; repeat for several templates
          --method GET|POST|...  method for --path templates (default GET)
          --body FILE            JSON body sent with every --path template (Content-Type: application/json)
          --templates FILE       one template a line: "METHOD PATH [BODYFILE]" or just "PATH" (GET);
                                 blank lines and lines starting with # are skipped; BODYFILE is relative
                                 to the templates file
          --pick round-robin|random   how each request picks its template (default round-robin)
          --seed N               seed for --pick random (default 1); each worker derives its own stream

        how long (one of; default --duration 10):
          --duration SECONDS     measured phase length (max 3600); requests in flight at the end complete
          --requests N           measured request count (max 100,000,000)
          --warmup SECONDS       warm-up phase before measuring, same load, not counted (default 2; 0 = none)

        options:
          --concurrency N        concurrent workers, each with one request in flight (default 1, max 4096)
          --timeout SECONDS      per-request timeout (default 30); a timeout counts as an error
          --token TOKEN          sends "Authorization: Bearer TOKEN"; or set BENCH_TOKEN in the environment
          --server-pid PID       report the server's peak resident memory (VmHWM of /proc/PID/status)
          --label TEXT           free text copied into the output (e.g. the scenario name)
          --json-out FILE        also write the one-line JSON summary to FILE
          --allow-errors         do not fail on non-2xx answers (to benchmark error paths on purpose)
          --quiet                print only the JSON line

        output: the setup and the numbers as text, then one line of JSON (the last line of stdout).
        exit codes: 0 ok; 1 bad arguments; 2 target refused (not loopback); 3 non-2xx answers or transport
        errors (a pre-flight request per template runs first and stops the run at once if it fails);
        130 interrupted by Ctrl-C (the numbers of the part that ran are printed and flagged).
        """;

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            string Next()
            {
                if (i + 1 >= args.Length) throw new UsageException($"{a} needs a value");
                return args[++i];
            }
            switch (a)
            {
                case "--url":
                    var u = Next();
                    if (!Uri.TryCreate(u, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                        throw new UsageException($"--url must be an absolute http:// or https:// URL, got '{u}'");
                    o.BaseUrl = uri;
                    break;
                case "--path": o.Paths.Add(Next()); break;
                case "--method": o.Method = Next().ToUpperInvariant(); break;
                case "--body": o.BodyFile = Next(); break;
                case "--templates": o.TemplatesFile = Next(); break;
                case "--pick":
                    var p = Next();
                    o.RandomPick = p switch
                    {
                        "random" => true,
                        "round-robin" or "roundrobin" => false,
                        _ => throw new UsageException($"--pick must be round-robin or random, got '{p}'"),
                    };
                    break;
                case "--seed": o.Seed = ParseInt(a, Next(), int.MinValue, int.MaxValue); break;
                case "--concurrency" or "-c": o.Concurrency = ParseInt(a, Next(), 1, MaxConcurrency); break;
                case "--duration" or "-d": o.DurationSeconds = ParseDouble(a, Next(), 0.1, MaxDurationSeconds); break;
                case "--requests" or "-n": o.Requests = ParseLong(a, Next(), 1, MaxRequests); break;
                case "--warmup": o.WarmupSeconds = ParseDouble(a, Next(), 0, 600); break;
                case "--timeout": o.TimeoutSeconds = ParseDouble(a, Next(), 0.1, 600); break;
                case "--token": o.Token = Next(); break;
                case "--server-pid": o.ServerPid = ParseInt(a, Next(), 1, int.MaxValue); break;
                case "--json-out": o.JsonOut = Next(); break;
                case "--label": o.Label = Next(); break;
                case "--allow-errors": o.AllowErrors = true; break;
                case "--quiet" or "-q": o.Quiet = true; break;
                default: throw new UsageException($"unknown argument '{a}'");
            }
        }

        if (o.BaseUrl is null) throw new UsageException("--url is required");
        if (o.DurationSeconds is not null && o.Requests is not null) throw new UsageException("give --duration or --requests, not both");
        if (o.DurationSeconds is null && o.Requests is null) o.DurationSeconds = 10;
        if (o.TemplatesFile is not null && (o.Paths.Count > 0 || o.BodyFile is not null))
            throw new UsageException("--templates replaces --path/--body; give one or the other");
        o.Token ??= Environment.GetEnvironmentVariable("BENCH_TOKEN") is { Length: > 0 } t ? t : null;
        return o;
    }

    internal static int ParseInt(string name, string v, int min, int max) =>
        int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n : throw new UsageException($"{name} must be an integer in [{min}, {max}], got '{v}'");

    internal static long ParseLong(string name, string v, long min, long max) =>
        long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n : throw new UsageException($"{name} must be an integer in [{min}, {max}], got '{v}'");

    internal static double ParseDouble(string name, string v, double min, double max) =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n : throw new UsageException($"{name} must be a number in [{min}, {max}], got '{v}'");
}

public sealed class UsageException(string message) : Exception(message);
