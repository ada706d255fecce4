using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using OneDriveGen.Emulator.Faults;

namespace OneDriveGen.Emulator.Hosting;

/// <summary>The middleware both hosts share: apply faults, record the request, log it without secrets.</summary>
internal static class RequestRecorder
{
    public static async Task InvokeAsync(HttpContext context, EmulatorState state, FaultHost host, ILogger logger, Func<Task> next)
    {
        var at = state.Now;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var counter = new CountingStream(context.Request.Body);
        context.Request.Body = counter;
        var recorded = false;
        void Record()
        {
            if (recorded)
            {
                return;
            }

            recorded = true;
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in context.Request.Headers)
            {
                headers[header.Key] = header.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                    ? header.Value.ToString().Split(' ')[0] + " [redacted]"
                    : header.Value.ToString();
            }

            var hostName = host == FaultHost.Content ? "content" : "main";
            state.Requests.Add(new RecordedRequest(hostName, context.Request.Method, rawTarget, headers, context.Request.Headers.Authorization.Count > 0, counter.BytesRead, context.Response.StatusCode, at));

            // Queries can carry codes, content-host paths carry pre-authenticated tokens: log neither.
            var path = host == FaultHost.Content ? "/" + (context.Request.Path.Value ?? "/").TrimStart('/').Split('/')[0] + "/[redacted]" : context.Request.Path.Value;
            logger.LogInformation("{Host} {Method} {Path} -> {Status}", hostName, context.Request.Method, path, context.Response.StatusCode);
        }

        // Recorded as the response starts, so a client never sees an answer before the log has its request.
        context.Response.OnStarting(() =>
        {
            Record();
            return Task.CompletedTask;
        });
        try
        {
            if (await state.Faults.ApplyAsync(context, host, at))
            {
                await next();
            }
        }
        finally
        {
            Record();
        }
    }
}
