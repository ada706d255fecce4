using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Graph;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Emulator.Faults;

/// <summary>Applies <see cref="FaultRule"/>s to requests as they arrive; rules can be added while running.</summary>
public sealed class FaultInjector
{
    private const string ResetKey = "onedrivegen.fault.reset";
    private readonly object _gate = new();
    private readonly List<(FaultRule Rule, int Matches)> _rules = new();

    internal FaultInjector(IEnumerable<FaultRule> rules)
    {
        foreach (var rule in rules)
        {
            Add(rule);
        }
    }

    /// <summary>Adds a fault; its request count starts now.</summary>
    public void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add((rule, 0));
        }
    }

    /// <summary>Removes every fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Applies the first rule that fires; returns false when it answered the request itself.</summary>
    internal async Task<bool> ApplyAsync(HttpContext context, FaultHost host, DateTimeOffset now)
    {
        var fired = Match(context, host);
        if (fired is null)
        {
            return true;
        }

        if (fired.Latency > TimeSpan.Zero)
        {
            await Task.Delay(fired.Latency, context.RequestAborted);
        }

        if (fired.ResetAfterBytes is { } bytes)
        {
            context.Items[ResetKey] = bytes;
        }

        if (fired.Status is not { } status)
        {
            return true;
        }

        if (fired.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var path = context.Request.Path.Value ?? string.Empty;
        if (path.Contains("/oauth2/", StringComparison.Ordinal) || path.EndsWith(".srf", StringComparison.Ordinal))
        {
            await IdentityErrors.WriteAsync(context, now, "temporarily_unavailable", 90055, "The request has been throttled; retry later.", status);
            return false;
        }

        var error = status switch
        {
            429 => new DriveError(429, "activityLimitReached", "The request has been throttled", "throttledRequest"),
            503 => new DriveError(503, "serviceNotAvailable", "Service unavailable", "serviceNotAvailable"),
            507 => new DriveError(507, "quotaLimitReached", "Insufficient Storage"),
            509 => new DriveError(509, "activityLimitReached", "Bandwidth Limit Exceeded", "bandwidthLimitExceeded"),
            _ => new DriveError(status, "generalException", "General exception while processing"),
        };
        await GraphResponses.WriteErrorAsync(context, error, now);
        return false;
    }

    /// <summary>Copies a response body, cutting the connection where a reset fault says.</summary>
    internal static async Task CopyBodyAsync(HttpContext context, Stream source, long count)
    {
        var resetAt = context.Items.TryGetValue(ResetKey, out var value) ? (long)value! : long.MaxValue;
        var buffer = new byte[81920];
        long written = 0;
        while (written < count)
        {
            var want = (int)Math.Min(buffer.Length, Math.Min(count - written, resetAt - written));
            if (want <= 0)
            {
                await context.Response.Body.FlushAsync(context.RequestAborted);
                context.Abort();
                return;
            }

            var read = await source.ReadAsync(buffer.AsMemory(0, want), context.RequestAborted);
            if (read == 0)
            {
                return;
            }

            await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), context.RequestAborted);
            written += read;
        }
    }

    /// <summary>How many request body bytes to read before cutting the connection, when a reset fault fired.</summary>
    internal static long? RequestResetAt(HttpContext context) =>
        context.Items.TryGetValue(ResetKey, out var value) ? (long)value! : null;

    private FaultRule? Match(HttpContext context, FaultHost host)
    {
        var target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value + context.Request.QueryString.Value;
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, matches) = _rules[i];
                if ((rule.Host != FaultHost.Any && rule.Host != host)
                    || (rule.Method is not null && !string.Equals(rule.Method, context.Request.Method, StringComparison.OrdinalIgnoreCase))
                    || !target.Contains(rule.PathContains, StringComparison.Ordinal))
                {
                    continue;
                }

                matches++;
                _rules[i] = (rule, matches);
                if (matches >= rule.OnRequest && (rule.Times == 0 || matches < rule.OnRequest + rule.Times))
                {
                    return rule;
                }
            }
        }

        return null;
    }
}
