namespace OneDriveGen.Emulator.Drive;

/// <summary>A Graph error: status, top-level code, message and the detail code of innerError.</summary>
internal sealed record DriveError(int Status, string Code, string Message, string? InnerCode = null)
{
    public static DriveError NotFound { get; } = new(404, "itemNotFound", "The resource could not be found.");

    /// <summary>The token lacks the permission (Graph's body for a missing Files permission).</summary>
    public static DriveError AccessDenied { get; } = new(403, "accessDenied", "Access denied");

    public static DriveError NameExists { get; } = new(409, "nameAlreadyExists", "The specified item name already exists.");

    public static DriveError PreconditionFailed { get; } = new(412, "resourceModified", "ETag does not match current item's value", "entityTagDoesNotMatch");

    public static DriveError Invalid(string message, string? inner = null) => new(400, "invalidRequest", message, inner);
}
