using System;
using System.Collections.Generic;
using System.Globalization;

namespace OneDriveGen.Emulator.Faults;

/// <summary>Which of the emulator's two hosts a fault applies to.</summary>
public enum FaultHost
{
    /// <summary>Both.</summary>
    Any,

    /// <summary>The identity and Graph host.</summary>
    Main,

    /// <summary>The download and upload host.</summary>
    Content,
}

/// <summary>
/// A fault to inject: on the <see cref="OnRequest"/>-th request whose raw target contains <see cref="PathContains"/>
/// (and <see cref="Times"/> matching requests from there), answer <see cref="Status"/> with Retry-After, add latency,
/// or cut the connection after some body bytes.
/// </summary>
public sealed record FaultRule
{
    /// <summary>Matches requests whose raw target (path and query, as sent) contains this text; empty matches all.</summary>
    public string PathContains { get; init; } = string.Empty;

    /// <summary>Matches only this HTTP method, when set.</summary>
    public string? Method { get; init; }

    /// <summary>Matches only requests to this host.</summary>
    public FaultHost Host { get; init; } = FaultHost.Any;

    /// <summary>The first matching request that fails (1 is the first).</summary>
    public int OnRequest { get; init; } = 1;

    /// <summary>How many matching requests fail from there; 0 means all of them.</summary>
    public int Times { get; init; } = 1;

    /// <summary>The status to answer (429, 503, 500, …) with the service's real body; none when null.</summary>
    public int? Status { get; init; }

    /// <summary>The Retry-After seconds sent with <see cref="Status"/>.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Latency added before answering.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Cut the connection after this many bytes of the response (downloads) or request body (uploads).</summary>
    public long? ResetAfterBytes { get; init; }

    /// <summary>429 with the real OneDrive throttling body and Retry-After.</summary>
    public static FaultRule Throttle(string pathContains, int retryAfterSeconds = 1, int onRequest = 1, int times = 1) =>
        new() { PathContains = pathContains, Status = 429, RetryAfterSeconds = retryAfterSeconds, OnRequest = onRequest, Times = times };

    /// <summary>503 with Retry-After, as SharePoint-backed drives answer when busy.</summary>
    public static FaultRule Unavailable(string pathContains, int retryAfterSeconds = 1, int onRequest = 1, int times = 1) =>
        new() { PathContains = pathContains, Status = 503, RetryAfterSeconds = retryAfterSeconds, OnRequest = onRequest, Times = times };

    /// <summary>A connection reset in the middle of a download body.</summary>
    public static FaultRule ResetDownload(long afterBytes, int onRequest = 1, int times = 1) =>
        new() { PathContains = "/download/", Host = FaultHost.Content, ResetAfterBytes = afterBytes, OnRequest = onRequest, Times = times };

    /// <summary>A connection reset in the middle of an upload fragment's body.</summary>
    public static FaultRule ResetUpload(long afterBytes, int onRequest = 1, int times = 1) =>
        new() { PathContains = "/upload/", Method = "PUT", Host = FaultHost.Content, ResetAfterBytes = afterBytes, OnRequest = onRequest, Times = times };

    /// <summary>
    /// Parses the command-line form: comma-separated key=value pairs of status, retry-after, path, method, host
    /// (main|content), nth, times, latency-ms, reset-after, such as <c>status=429,retry-after=2,path=/children</c>.
    /// </summary>
    /// <exception cref="FormatException">A key or value is not understood; the message names it.</exception>
    public static FaultRule Parse(string text)
    {
        var rule = new FaultRule();
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"Fault '{text}': '{pair}' is not key=value.");
            }

            var key = pair[..equals];
            var value = pair[(equals + 1)..];
            rule = key switch
            {
                "status" => rule with { Status = Int(text, key, value) },
                "retry-after" => rule with { RetryAfterSeconds = Int(text, key, value) },
                "path" => rule with { PathContains = value },
                "method" => rule with { Method = value.ToUpperInvariant() },
                "host" => rule with { Host = value switch { "main" => FaultHost.Main, "content" => FaultHost.Content, "any" => FaultHost.Any, _ => throw new FormatException($"Fault '{text}': host must be main, content or any.") } },
                "nth" => rule with { OnRequest = Int(text, key, value) },
                "times" => rule with { Times = Int(text, key, value) },
                "latency-ms" => rule with { Latency = TimeSpan.FromMilliseconds(Int(text, key, value)) },
                "reset-after" => rule with { ResetAfterBytes = Int(text, key, value) },
                _ => throw new FormatException($"Fault '{text}': unknown key '{key}' (status, retry-after, path, method, host, nth, times, latency-ms, reset-after)."),
            };
        }

        return rule;
    }

    private static int Int(string text, string key, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"Fault '{text}': {key} must be a whole number, not '{value}'.");

    /// <summary>The faults a list of command-line values describes.</summary>
    public static List<FaultRule> ParseAll(IEnumerable<string> values) => new(System.Linq.Enumerable.Select(values, Parse));
}
