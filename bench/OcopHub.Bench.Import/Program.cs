using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OcopHub.Bench.Import;

// Usage: OcopHub.Bench.Import --url http://127.0.0.1:5080 --user admin --password … [--rows 20000] [--producers 500]
//        [--server-pid N] [--seed 26] [--out dir]
var opts = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
string Opt(string k, string d) => opts.TryGetValue(k, out var v) ? v : d;
var url = Opt("url", "http://127.0.0.1:5080");
var rows = int.Parse(Opt("rows", "20000"), CultureInfo.InvariantCulture);
var producerCount = int.Parse(Opt("producers", "500"), CultureInfo.InvariantCulture);
var pid = opts.ContainsKey("server-pid") ? int.Parse(opts["server-pid"], CultureInfo.InvariantCulture) : (int?)null;
var rnd = new Random(int.Parse(Opt("seed", "26"), CultureInfo.InvariantCulture));

using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };
var token = await (await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = Opt("user", "admin"), password = Opt("password", "") })).Content.ReadFromJsonAsync<JsonElement>();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

// Communes as people write them (by name); the few namesakes within the province are written by code, as the
// import asks for them.
var units = (await http.GetFromJsonAsync<JsonElement>("/api/v1/admin-units?level=commune&province=19")).EnumerateArray()
    .Select(u => (Name: u.GetProperty("name").GetString()!, FullName: u.GetProperty("fullName").GetString()!, Code: u.GetProperty("code").GetString()!)).ToList();
var communes = units.Select(u => units.Count(x => x.Name == u.Name) > 1 ? u.Code : u.FullName).ToList();
var setCount = 26;
var producers = Generator.Producers(communes, producerCount, rnd);
var sw = Stopwatch.StartNew();
var producersFile = Generator.ProducersXlsx(producers, rnd);
var productsFile = Generator.ProductsXlsx(producers, rows, setCount, rnd);
Console.WriteLine($"generated: {producers.Count} producers ({producersFile.Length / 1024} KiB), {rows} products ({productsFile.Length / 1024} KiB) over {communes.Count} communes of Thái Nguyên ({communes.Count(c => c.All(char.IsAsciiDigit))} written by code) in {sw.ElapsedMilliseconds} ms");
if (opts.TryGetValue("out", out var outDir))
{
    Directory.CreateDirectory(outDir);
    File.WriteAllBytes(Path.Combine(outDir, "producers.xlsx"), producersFile);
    File.WriteAllBytes(Path.Combine(outDir, "products.xlsx"), productsFile);
}

await RunAsync("producers", producersFile, producers.Count);
await RunAsync("products", productsFile, rows);
await RunAsync("products (re-import, all unchanged)", productsFile, rows);
Console.WriteLine($"server peak memory (VmHWM): {Hwm()}");

async Task RunAsync(string label, byte[] file, int expected)
{
    var kind = label.Split(' ')[0];
    var cpu0 = Cpu();
    var total = Stopwatch.StartNew();
    using var form = new MultipartFormDataContent { { new StringContent(kind), "kind" }, { new ByteArrayContent(file), "file", kind + ".xlsx" } };
    var upload = await http.PostAsync("/api/v1/imports", form);
    var body = await upload.Content.ReadFromJsonAsync<JsonElement>();
    if (!upload.IsSuccessStatusCode) throw new InvalidOperationException($"upload {label}: {(int)upload.StatusCode} {body}");
    var id = body.GetProperty("id").GetString()!;
    var uploaded = total.Elapsed;
    var preview = await WaitAsync(id);
    var previewed = total.Elapsed;
    var cpu1 = Cpu();
    var counts = preview.GetProperty("counts");
    if (counts.GetProperty("error").GetInt32() > 0)
        throw new InvalidOperationException($"{label}: {counts} — first rows: {preview.GetProperty("rows")}");
    var commit = await http.PostAsync($"/api/v1/imports/{id}/commit", null);
    if (!commit.IsSuccessStatusCode) throw new InvalidOperationException($"commit {label}: {await commit.Content.ReadAsStringAsync()}");
    var done = await WaitAsync(id);
    if (done.GetProperty("state").GetString() != "Committed") throw new InvalidOperationException($"{label}: {done.GetProperty("state")} {done.GetProperty("message")}");
    var cpu2 = Cpu();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-40} rows {expected,6}  upload {uploaded.TotalSeconds,6:0.00} s  preview {(previewed - uploaded).TotalSeconds,6:0.00} s  commit {(total.Elapsed - previewed).TotalSeconds,6:0.00} s  total {total.Elapsed.TotalSeconds,6:0.00} s  ({counts})  VmHWM {Hwm()}"));
    // Wall time depends on what else runs on the machine; the server's CPU time does not (much).
    if (cpu0 is not null)
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"",-40} server CPU: upload+preview {cpu1 - cpu0,6:0.00} s  commit {cpu2 - cpu1,6:0.00} s  total {cpu2 - cpu0,6:0.00} s"));
}

async Task<JsonElement> WaitAsync(string id)
{
    while (true)
    {
        var s = await http.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}?pageSize=5&status=Error");
        if (s.GetProperty("state").GetString() is not ("Checking" or "Committing")) return s;
        await Task.Delay(100);
    }
}

// utime + stime of the server (all threads), from /proc/PID/stat, in seconds (USER_HZ = 100).
double? Cpu()
{
    if (pid is null) return null;
    var stat = File.ReadAllText($"/proc/{pid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
}

string Hwm()
{
    if (pid is null) return "n/a";
    var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? "n/a" : $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024} MiB";
}
