using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Cli.OneDrive;
using OneDriveGen.Cli.OneDrive.Models;

namespace OneDriveGen.Cli;

/// <summary>
/// An item named by ID or by path from the drive root. The generated builders encode both (an ID's '!' as %21, a
/// path's '#', '%' and spaces), so odg passes them exactly as the user typed them.
/// </summary>
internal sealed record DriveAddress(string? Id, string Path)
{
    /// <summary>The root folder.</summary>
    public static DriveAddress Root { get; } = new(null, string.Empty);

    /// <summary>An item by ID, or by path when no ID is given; "/" and "" are the root.</summary>
    /// <exception cref="System.ArgumentException">--id is given but blank, or given together with a path.</exception>
    public static DriveAddress From(string? id, string? path)
    {
        if (id is not null)
        {
            // A blank --id must not quietly fall back to the path (or the root) and act on another item.
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new System.ArgumentException("--id is empty: give an item ID, or leave --id out and name the item by path.");
            }

            if (!string.IsNullOrWhiteSpace(path))
            {
                throw new System.ArgumentException("Give REMOTE_PATH or --id, not both.");
            }

            return new DriveAddress(id.Trim(), string.Empty);
        }

        return new DriveAddress(null, (path ?? string.Empty).Trim().Trim('/'));
    }

    /// <summary>Whether this is the drive root.</summary>
    public bool IsRoot => Id is null && Path.Length == 0;

    /// <summary>How the user named it, for messages.</summary>
    public override string ToString() => Id is not null ? "item " + Id : "/" + Path;

    /// <summary>GET of the item itself.</summary>
    public RequestInformation ItemRequest(OneDriveClient client) =>
        Id is not null ? client.Me.Drive.Items[Id].ToGetRequestInformation()
        : IsRoot ? client.Me.Drive.Root.ToGetRequestInformation()
        : client.Me.Drive.Root.ItemWithPath(Path).ToGetRequestInformation();

    /// <summary>GET of the item's children (first page).</summary>
    public RequestInformation ChildrenRequest(OneDriveClient client) =>
        Id is not null ? client.Me.Drive.Items[Id].Children.ToGetRequestInformation()
        : IsRoot ? client.Me.Drive.Root.Children.ToGetRequestInformation()
        : client.Me.Drive.Root.ItemWithPath(Path).Children.ToGetRequestInformation();

    /// <summary>Fetches the item.</summary>
    public async Task<DriveItem> GetAsync(OneDriveClient client, CancellationToken cancellationToken)
    {
        var item = Id is not null ? await client.Me.Drive.Items[Id].GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
            : IsRoot ? await client.Me.Drive.Root.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
            : await client.Me.Drive.Root.ItemWithPath(Path).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return item ?? throw new CliException($"{this} returned no item.", ExitCodes.Failed);
    }

    /// <summary>The parent folder's path and the last segment: "a/b/c" is ("a/b", "c").</summary>
    public static (string Parent, string Name) Split(string path)
    {
        var trimmed = path.Trim().Trim('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? (string.Empty, trimmed) : (trimmed[..slash], trimmed[(slash + 1)..]);
    }
}
