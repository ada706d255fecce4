namespace OneDriveGen.Emulator.Identity;

/// <summary>The one person who signs in to the emulator, as the identity platform describes a user.</summary>
internal static class EmulatorUser
{
    public const string Name = "Emulator User";

    public const string Email = "emulator.user@outlook.com";

    /// <summary>The user's object ID (the oid claim and client_info's uid).</summary>
    public const string ObjectId = "00000000-0000-0000-66f3-3332eca7ea81";

    /// <summary>The work-or-school tenant the business drive belongs to.</summary>
    public const string OrganizationTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
}
