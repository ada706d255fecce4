using System.Net;
using System.Net.Sockets;

namespace OneDriveGen.Tests.Shared;

/// <summary>A loopback port nothing listens on right now, for a server a test or benchmark starts on it.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
