using System.Collections.Generic;

namespace OneDriveGen.Runtime.Drive;

/// <summary>The changes of one delta round and the deltaLink to keep for the next one.</summary>
/// <typeparam name="TItem">The item model, such as the generated DriveItem.</typeparam>
/// <param name="Changes">Changed and deleted items, in the order received; an item may repeat (the last one wins).</param>
/// <param name="DeltaLink">Request this exactly as given next time for the changes since.</param>
public sealed record DeltaPage<TItem>(IReadOnlyList<TItem> Changes, string DeltaLink);
