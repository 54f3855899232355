namespace OcopHub.Bench.Http;

/// <summary>One kind of request: method, absolute URL and an optional JSON body, loaded once and reused.</summary>
public sealed record RequestTemplate(HttpMethod Method, Uri Url, byte[]? Body, string? BodyFile)
{
    public string Display => BodyFile is null ? $"{Method} {Url.PathAndQuery}" : $"{Method} {Url.PathAndQuery} <{Path.GetFileName(BodyFile)}>";

    public static List<RequestTemplate> Load(Options o)
    {
        var list = new List<RequestTemplate>();
        if (o.TemplatesFile is not null)
        {
            var file = Path.GetFullPath(o.TemplatesFile);
            if (!File.Exists(file)) throw new UsageException($"--templates file not found: {file}");
            var dir = Path.GetDirectoryName(file)!;
            var lineNo = 0;
            foreach (var raw in File.ReadLines(file))
            {
                lineNo++;
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var (method, path, body) = parts.Length switch
                {
                    1 => ("GET", parts[0], null),
                    2 => (parts[0], parts[1], null),
                    3 => (parts[0], parts[1], parts[2]),
                    _ => throw new UsageException($"{file}:{lineNo}: expected 'METHOD PATH [BODYFILE]', got '{line}'"),
                };
                list.Add(Create(o.BaseUrl!, method, path, body is null ? null : Path.Combine(dir, body), $"{file}:{lineNo}"));
            }
            if (list.Count == 0) throw new UsageException($"--templates file has no templates: {file}");
        }
        else
        {
            var paths = o.Paths.Count > 0 ? o.Paths : [o.BaseUrl!.PathAndQuery];
            foreach (var p in paths) list.Add(Create(o.BaseUrl!, o.Method, p, o.BodyFile, "--path"));
        }
        return list;
    }

    static RequestTemplate Create(Uri baseUrl, string method, string path, string? bodyFile, string where)
    {
        if (!Uri.TryCreate(baseUrl, path, out var url))
            throw new UsageException($"{where}: cannot combine '{baseUrl}' and '{path}' into a URL");
        if (!Loopback.IsAllowedHost(url, out var reason)) throw new TargetRefusedException(reason);
        byte[]? body = null;
        if (bodyFile is not null)
        {
            var full = Path.GetFullPath(bodyFile);
            if (!File.Exists(full)) throw new UsageException($"{where}: body file not found: {full}");
            body = File.ReadAllBytes(full);
            bodyFile = full;
        }
        return new RequestTemplate(new HttpMethod(method.ToUpperInvariant()), url, body, bodyFile);
    }
}

public sealed class TargetRefusedException(string message) : Exception(message);
