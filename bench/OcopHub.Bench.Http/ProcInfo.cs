using System.Globalization;

namespace OcopHub.Bench.Http;

/// <summary>Linux /proc readings: a server's memory (VmHWM, VmRSS) and CPU time, and the load average.</summary>
public static class ProcInfo
{
    /// <summary>Kernel clock ticks per second for /proc/PID/stat times (USER_HZ; 100 on every mainstream Linux build).</summary>
    public const double UserHz = 100;

    public sealed record Snapshot(long? VmHwmKb, long? VmRssKb, double? CpuSeconds);

    public static Snapshot? Read(int pid)
    {
        try
        {
            long? hwm = null, rss = null;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = ParseKb(line);
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = ParseKb(line);
            }
            return new Snapshot(hwm, rss, ReadCpuSeconds(pid));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    static long? ParseKb(string line)
    {
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb : null;
    }

    /// <summary>utime + stime of /proc/PID/stat (fields 14 and 15; the command name in field 2 may hold spaces).</summary>
    static double? ReadCpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var close = stat.LastIndexOf(')');
        if (close < 0) return null;
        var fields = stat[(close + 2)..].Split(' ');
        // fields[0] is field 3 (state); utime is field 14 -> index 11, stime field 15 -> index 12.
        if (fields.Length < 13) return null;
        return long.TryParse(fields[11], NumberStyles.Integer, CultureInfo.InvariantCulture, out var u) &&
               long.TryParse(fields[12], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
            ? (u + s) / UserHz
            : null;
    }

    /// <summary>False when the process is gone or a zombie (a dead child its parent script has not reaped yet).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("State:", StringComparison.Ordinal))
                    return !(line.Contains("(zombie)", StringComparison.Ordinal) || line.Contains("(dead)", StringComparison.Ordinal));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
