using System.Net;
using System.Net.Sockets;

namespace OcopHub.Bench.Http;

/// <summary>
/// The benchmark only talks to the local machine: the host must be "localhost" or an IPv4 literal in
/// 127.0.0.0/8, checked on every URL, and the socket connect callback re-checks the resolved address,
/// so a hosts-file entry cannot send the load anywhere else.
/// </summary>
public static class Loopback
{
    public static bool IsAllowedHost(Uri uri, out string reason)
    {
        var host = uri.IdnHost;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            reason = "";
            return true;
        }
        if (IPAddress.TryParse(host, out var ip) && ip.AddressFamily == AddressFamily.InterNetwork && ip.GetAddressBytes()[0] == 127)
        {
            reason = "";
            return true;
        }
        reason = $"refusing target host '{uri.Host}' ({uri}): this benchmark only sends load to loopback targets " +
                 "(localhost or 127.0.0.0/8). Start the server on 127.0.0.1 and point --url at it.";
        return false;
    }

    public static bool IsLoopbackAddress(IPAddress ip) =>
        ip.AddressFamily == AddressFamily.InterNetwork ? ip.GetAddressBytes()[0] == 127 : IPAddress.IsLoopback(ip);

    /// <summary>SocketsHttpHandler.ConnectCallback that connects only to loopback addresses.</summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, ct).ConfigureAwait(false);
        var allowed = addresses.Where(IsLoopbackAddress).ToArray();
        if (allowed.Length == 0)
            throw new HttpRequestException($"'{endpoint.Host}' resolves to no loopback address ({string.Join(", ", addresses.Select(a => a.ToString()))}); refused");

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                socket.Dispose();
                last = e;
                if (e is OperationCanceledException) throw;
            }
        }
        throw new HttpRequestException($"cannot connect to {endpoint.Host}:{endpoint.Port}", last);
    }
}
