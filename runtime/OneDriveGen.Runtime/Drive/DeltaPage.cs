using System.Collections.Generic;
using OneDriveGen.Runtime.OneDrive.Models;

namespace OneDriveGen.Runtime.Drive;

/// <summary>The changes of one delta round and the deltaLink to keep for the next one.</summary>
/// <param name="Changes">Changed and deleted items, in the order received; an item may repeat (the last one wins).</param>
/// <param name="DeltaLink">Request this exactly as given next time for the changes since.</param>
public sealed record DeltaPage(IReadOnlyList<DriveItem> Changes, string DeltaLink);
