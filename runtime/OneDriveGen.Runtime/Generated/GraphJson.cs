using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using System.Collections.Generic;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.Requests;
using System.ComponentModel;

namespace OneDriveGen.Runtime.Generated;

/// <summary>
/// Sends a request through the Kiota request adapter (its middleware, authentication and error mapping) and reads
/// the response with a generated <c>ReadJson</c>: the body goes into a pooled buffer and is read once with a
/// <see cref="Utf8JsonReader"/>, never as a string or a JsonDocument.
/// Called by generated code; not part of the API users are meant to call.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GraphJson
{
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>
    /// Sends <paramref name="request"/> and reads its JSON body with <paramref name="read"/>; error responses become
    /// the generated error model of the builder that made the request (its <see cref="EndpointOption"/>), or a plain
    /// <see cref="ApiException"/> for a request no builder made.
    /// </summary>
    /// <returns>The value read, or default when the response has no body.</returns>
    public static Task<T?> SendAsync<T>(IRequestAdapter adapter, RequestInformation request, JsonValueReader<T> read, CancellationToken cancellationToken = default) =>
        SendAsync(adapter, request, read, EndpointOption.ErrorMappingOf(request), cancellationToken);

    /// <summary>
    /// Sends <paramref name="request"/> and reads its JSON body with <paramref name="read"/>; error responses become
    /// the exceptions of <paramref name="errorMapping"/> (the generated client passes its spec's error model).
    /// </summary>
    /// <returns>The value read, or default when the response has no body.</returns>
    public static async Task<T?> SendAsync<T>(IRequestAdapter adapter, RequestInformation request, JsonValueReader<T> read, Dictionary<string, ParsableFactory<IParsable>>? errorMapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(request);
        var body = await adapter.SendPrimitiveAsync<Stream>(request, errorMapping, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return default;
        }

        await using (body.ConfigureAwait(false))
        {
            return await ReadAsync(body, read, ResponseLimits.Of(request), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a whole JSON document from <paramref name="stream"/> with <paramref name="read"/>, within the default <see cref="ResponseLimits"/>.</summary>
    /// <returns>The value read, or default for an empty body.</returns>
    public static Task<T?> ReadAsync<T>(Stream stream, JsonValueReader<T> read, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, read, ResponseLimits.Default, cancellationToken);

    /// <summary>Reads a whole JSON document from <paramref name="stream"/> with <paramref name="read"/>, within <paramref name="limits"/>.</summary>
    /// <returns>The value read, or default for an empty body.</returns>
    /// <exception cref="InvalidDataException">The body is larger than the limit.</exception>
    /// <exception cref="TimeoutException">The body stalled, or took longer than the limit.</exception>
    public static async Task<T?> ReadAsync<T>(Stream stream, JsonValueReader<T> read, ResponseLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(limits);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        var length = 0;
        using var body = new BodyClock(stream, limits);
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, Math.Min(limits.MaxBytes + 1, Array.MaxLength)));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int count;
                try
                {
                    body.Check();
                    var reading = stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
                    if (!reading.IsCompleted)
                    {
                        body.Arm();
                    }

                    count = await reading.ConfigureAwait(false);
                    body.Disarm();
                }
                catch (Exception) when (body.Fired && !cancellationToken.IsCancellationRequested)
                {
                    throw body.Timeout();
                }

                if (count == 0)
                {
                    break;
                }

                length += count;
                if (length > limits.MaxBytes)
                {
                    throw new InvalidDataException($"The response is larger than {limits.MaxBytes} bytes, the limit of a JSON response (ResponseLimits.MaxBytes); it was not read further.");
                }
            }

            return Read(buffer.AsSpan(0, length), read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a JSON document held in memory with <paramref name="read"/>.</summary>
    /// <returns>The value read, or default for an empty document.</returns>
    /// <exception cref="JsonException">The document is not JSON, or a value has the wrong type for its property.</exception>
    public static T? Read<T>(ReadOnlySpan<byte> json, JsonValueReader<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (json.IsEmpty)
        {
            return default;
        }

        var reader = new Utf8JsonReader(json);
        try
        {
            return reader.Read() ? read(ref reader) : default;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            // Utf8JsonReader reports a string where a number belongs as InvalidOperationException; callers expect JsonException.
            throw new JsonException($"{e.Message} (at byte {reader.BytesConsumed} of the response)", e);
        }
    }
}
