using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Microfinance.FunctionalTests.Support;

/// <summary>
/// A throw-away Redis (Debian's redis-server, installed by .ci/run) on a free port, in memory only, for the tests that
/// prove the SignalR backplane: started on first use, stopped when the test process ends.
/// </summary>
public static class RedisServer
{
    private static readonly Lazy<string> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The StackExchange.Redis connection string of the running server.</summary>
    public static string Connection => Started.Value;

    // Kept for the life of the test process: its standard input is what keeps the server alive.
    private static Process? _keeper;

    private static string Start()
    {
        var port = FreePorts.Next();
        // The server lives as long as this process holds the keeper's standard input: however the test process ends
        // (even killed), the pipe closes, `read` returns and the keeper stops the server — no server outlives a run.
        _keeper = Process.Start(new ProcessStartInfo("bash",
            ["-c", $"redis-server --port {port} --bind 127.0.0.1 --save '' --appendonly no >/dev/null 2>&1 & server=$!; read -r _; kill $server"])
        {
            RedirectStandardInput = true,
        }) ?? throw new InvalidOperationException("bash did not start.");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return $"127.0.0.1:{port}";
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_keeper.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }
}
