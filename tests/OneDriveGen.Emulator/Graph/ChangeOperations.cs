using System;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;

namespace OneDriveGen.Emulator.Graph;

/// <summary>GET …/search(q='…') and GET …/delta (deltaLink, token=latest, deleted items, 410 resyncRequired).</summary>
internal static class ChangeOperations
{
    public static async Task SearchAsync(GraphCall call)
    {
        var folder = await call.ReadableAsync();
        if (folder is null)
        {
            return;
        }

        if (Pager.Validate(call.Query) is { } refused)
        {
            await call.FailAsync(refused);
            return;
        }

        // "Search for files": the search covers the folder it is called on (the root: the whole drive), not beyond.
        var found = call.Drive.Search(call.Target.Arguments[0]);
        found.RemoveAll(n => n.Id == folder.Id || !call.Drive.IsWithin(n, folder.Id));
        var (page, nextLink) = Pager.Slice(found, call.Drive, call.Query, call.State, call.RawPath);
        await GraphResponses.WriteJsonAsync(call.Context, 200, writer => Pager.WriteCollection(writer, call.Drive, call.State, page, nextLink, null, call.Query.Select));
    }

    public static async Task DeltaAsync(GraphCall call)
    {
        var node = await call.ReadableAsync();
        if (node is null)
        {
            return;
        }

        var token = call.Query.Get("token");
        var current = call.Drive.CurrentSequence;
        if (token == "latest")
        {
            await GraphResponses.WriteJsonAsync(call.Context, 200, writer => Pager.WriteCollection(writer, call.Drive, call.State, Array.Empty<DriveItemNode>(), null, DeltaLink(call, current), call.Query.Select));
            return;
        }

        var since = 0L;
        if (token is not null && !TryDecode(token, out since))
        {
            await ResyncAsync(call);
            return;
        }

        var changes = call.Drive.ChangesSince(since);
        if (changes is null)
        {
            await ResyncAsync(call);
            return;
        }

        // The delta of a folder covers that folder's subtree.
        changes.RemoveAll(n => !call.Drive.IsWithin(n, node.Id));
        var query = new GraphQuery(call.Context.Request.Query);
        if (Pager.Validate(query) is { } refused)
        {
            await call.FailAsync(refused);
            return;
        }

        var (page, nextLink) = Pager.Slice(changes, call.Drive, query, call.State, call.RawPath);
        var deltaLink = nextLink is null ? DeltaLink(call, current) : null;
        if (nextLink is not null && token is not null)
        {
            nextLink += "&token=" + token;
        }

        await GraphResponses.WriteJsonAsync(call.Context, 200, writer => Pager.WriteCollection(writer, call.Drive, call.State, page, nextLink, deltaLink, call.Query.Select, forDelta: true));
    }

    private static Task ResyncAsync(GraphCall call)
    {
        call.Context.Response.Headers.Location = call.State.MainBase + "/v1.0" + call.RawPath;
        return call.FailAsync(new DriveError(410, "resyncRequired", "Resync required. Replace any local items with the server's version (including deletes) if you're sure that the service was up to date with your local changes when you last sync'd. Upload any local changes that the server doesn't know about.", "resyncApplyDifferences"));
    }

    private static string DeltaLink(GraphCall call, long sequence) =>
        call.State.MainBase + "/v1.0" + call.RawPath + "?token=" + Encode(sequence);

    private static string Encode(long sequence) =>
        "aTE09" + Convert.ToBase64String(Encoding.ASCII.GetBytes(sequence.ToString(CultureInfo.InvariantCulture))).TrimEnd('=');

    private static bool TryDecode(string token, out long sequence)
    {
        sequence = 0;
        if (!token.StartsWith("aTE09", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var body = token[5..];
            var padded = body.PadRight(body.Length + ((4 - (body.Length % 4)) % 4), '=');
            return long.TryParse(Encoding.ASCII.GetString(Convert.FromBase64String(padded)), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
