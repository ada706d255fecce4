using System;
using Microsoft.Kiota.Abstractions;

namespace OneDriveGen.Runtime.Json;

/// <summary>
/// How much of a JSON response is read, and how long it may stall: a response body is not covered by
/// HttpClient.Timeout once its headers arrived, so a slow, endless or huge body would otherwise hang the caller or
/// fill its memory. Attach one to a request to change the defaults for it.
/// </summary>
public sealed class ResponseLimits : IRequestOption
{
    /// <summary>The defaults: 64 MiB (a page of Graph items is well under 1 MiB), 30 s without a byte, 100 s in all.</summary>
    public static ResponseLimits Default { get; } = new();

    private readonly long _maxBytes = 64L * 1024 * 1024;
    private readonly TimeSpan _stall = TimeSpan.FromSeconds(30);
    private readonly TimeSpan _total = TimeSpan.FromSeconds(100);

    /// <summary>The largest body read; a larger one is refused with <see cref="System.IO.InvalidDataException"/>.</summary>
    public long MaxBytes { get => _maxBytes; init => _maxBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "Must be positive."); }

    /// <summary>How long the body may send nothing before the read fails with <see cref="TimeoutException"/>.</summary>
    public TimeSpan StallTimeout { get => _stall; init => _stall = Positive(value, nameof(StallTimeout)); }

    /// <summary>How long the whole body may take.</summary>
    public TimeSpan BodyTimeout { get => _total; init => _total = Positive(value, nameof(BodyTimeout)); }

    /// <summary>The limits attached to <paramref name="request"/>, or the defaults.</summary>
    public static ResponseLimits Of(RequestInformation? request) => request?.GetRequestOption<ResponseLimits>() ?? Default;

    private static TimeSpan Positive(TimeSpan value, string name) =>
        value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, "Must be positive.");
}
