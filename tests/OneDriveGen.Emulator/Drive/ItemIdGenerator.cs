using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading;

namespace OneDriveGen.Emulator.Drive;

/// <summary>Hands out drive and item IDs of the chosen style.</summary>
internal sealed class ItemIdGenerator
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private readonly ItemIdStyle _style;
    private readonly string _driveHex;
    private int _counter = 100;

    /// <param name="style">The ID shapes.</param>
    /// <param name="restoredDriveId">The drive ID of a drive loaded from disk.</param>
    /// <param name="fresh">A personal drive of its own (another account's): a random drive ID instead of the docs' D4648F06C91D9D3D.</param>
    public ItemIdGenerator(ItemIdStyle style, string? restoredDriveId = null, bool fresh = false)
    {
        _style = style;
        var personal = restoredDriveId ?? (fresh ? Convert.ToHexString(RandomNumberGenerator.GetBytes(8)) : "D4648F06C91D9D3D");
        _driveHex = personal.ToUpperInvariant();
        DriveId = restoredDriveId ?? (style == ItemIdStyle.Business
            ? "b!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_')
            : personal.ToLowerInvariant());
    }

    /// <summary>Continues numbering after the IDs a restored drive already uses.</summary>
    public void SkipPast(string id)
    {
        var bang = id.LastIndexOf('!');
        if (bang >= 0 && int.TryParse(id.AsSpan(bang + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > _counter)
        {
            _counter = number;
        }
    }

    public string DriveId { get; }

    public string DriveType => _style == ItemIdStyle.Business ? "business" : "personal";

    public string Next() => _style switch
    {
        ItemIdStyle.Personal => _driveHex + "!" + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture),
        ItemIdStyle.PersonalNew => _driveHex + "!s" + Guid.NewGuid().ToString("N"),
        _ => "01" + RandomNumberGenerator.GetString(Base32, 32),
    };
}
