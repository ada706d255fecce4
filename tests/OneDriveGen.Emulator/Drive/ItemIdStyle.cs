namespace OneDriveGen.Emulator.Drive;

/// <summary>The item ID shapes of the real service (treat all of them as opaque).</summary>
public enum ItemIdStyle
{
    /// <summary>Classic personal IDs: <c>D4648F06C91D9D3D!54927</c>.</summary>
    Personal,

    /// <summary>Personal IDs since 2025: <c>7DDA670C5E7F91DF!sea8cc6beffdb43d7976fbc7da445c639</c>.</summary>
    PersonalNew,

    /// <summary>OneDrive for Business and SharePoint: <c>01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K</c>, drive <c>b!…</c>.</summary>
    Business,
}
