using System;
using System.Collections.Generic;

namespace OneDriveGen.Emulator.Hosting;

/// <summary>One request as it reached the emulator: the raw target exactly as sent, headers, body length, answer.</summary>
/// <param name="Host">main (identity and Graph) or content (downloads and uploads).</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="RawTarget">The request target exactly as sent, percent-encoding untouched.</param>
/// <param name="Headers">The request headers; the Authorization value is redacted.</param>
/// <param name="HasAuthorization">Whether an Authorization header was sent.</param>
/// <param name="BodyLength">Bytes of request body read.</param>
/// <param name="Status">The response status.</param>
/// <param name="At">When it arrived, on the emulator's clock.</param>
public sealed record RecordedRequest(
    string Host,
    string Method,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    bool HasAuthorization,
    long BodyLength,
    int Status,
    DateTimeOffset At);

/// <summary>Every request the emulator served, in order, so tests can assert what went over the wire.</summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = new();

    /// <summary>A copy of the requests so far.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return _requests.ToArray();
        }
    }

    /// <summary>Forgets the requests so far.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    internal void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }
}
