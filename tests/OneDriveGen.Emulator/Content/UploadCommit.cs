using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Content;

/// <summary>
/// Turns a complete upload session into a file. A failed commit (a name conflict, the quota) keeps the session and
/// its bytes until the session expires, so the client can commit again explicitly ("driveItem: createUploadSession",
/// Handle commit errors); only a successful commit ends it.
/// </summary>
internal static class UploadCommit
{
    /// <summary>Commits to the session's own target.</summary>
    public static Task<(DriveItemNode? Node, bool Created, DriveError? Error)> CommitAsync(EmulatorState state, UploadSession session, CancellationToken cancellationToken) =>
        session.ExistingItemId is not null
            ? ReplaceAsync(state, session, session.ExistingItemId, cancellationToken)
            : CommitAsync(state, session, session.ParentId!, session.Name!, session.Conflict, cancellationToken);

    /// <summary>Commits to a folder and name the client chose when committing explicitly.</summary>
    public static async Task<(DriveItemNode? Node, bool Created, DriveError? Error)> CommitAsync(EmulatorState state, UploadSession session, string parentId, string name, ConflictBehavior conflict, CancellationToken cancellationToken)
    {
        var blob = await BlobStore.DescribeAsync(session.TempPath, cancellationToken);
        var (node, created, error) = session.Drive.PutContent(parentId, name, blob, conflict);
        return node is null ? (null, false, error) : Done(state, session, node, created);
    }

    private static async Task<(DriveItemNode? Node, bool Created, DriveError? Error)> ReplaceAsync(EmulatorState state, UploadSession session, string itemId, CancellationToken cancellationToken)
    {
        var blob = await BlobStore.DescribeAsync(session.TempPath, cancellationToken);
        var error = session.Drive.ReplaceContent(itemId, blob);
        return error is not null ? (null, false, error) : Done(state, session, session.Drive.Get(itemId)!, false);
    }

    private static (DriveItemNode? Node, bool Created, DriveError? Error) Done(EmulatorState state, UploadSession session, DriveItemNode node, bool created)
    {
        state.UploadSessions.TryRemove(session.Id, out _);
        return (node, created, null);
    }
}
