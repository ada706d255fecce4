using System;
using System.Globalization;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Faults;

namespace OneDriveGen.Emulator.Hosting;

/// <summary>The emulator program's command line.</summary>
public static class EmulatorArguments
{
    /// <summary>How to call the program.</summary>
    public const string Usage = """
        usage: OneDriveGen.Emulator [--port P] [--content-port C] [--ids personal|personal-new|business]
                                    [--consent accept|decline|page] [--single-use-refresh-tokens]
                                    [--simple-upload-limit BYTES] [--data DIR] [--empty]
                                    [--fill FOLDER=COUNT ...]
                                    [--fault status=429,retry-after=2,path=/children ...]
        """;

    /// <summary>Parses the arguments; null for --help.</summary>
    /// <exception cref="FormatException">An argument is not understood; the message names it.</exception>
    public static EmulatorOptions? Parse(string[] args)
    {
        var options = new EmulatorOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--help" or "-h":
                    return null;
                case "--port":
                    options.Port = Port(Value(), "--port");
                    break;
                case "--content-port":
                    options.ContentPort = Port(Value(), "--content-port");
                    break;
                case "--ids":
                    options.ItemIdStyle = Value() switch
                    {
                        "personal" => ItemIdStyle.Personal,
                        "personal-new" => ItemIdStyle.PersonalNew,
                        "business" => ItemIdStyle.Business,
                        var other => throw new FormatException($"--ids must be personal, personal-new or business, not '{other}'."),
                    };
                    break;
                case "--consent":
                    options.Consent = Value() switch
                    {
                        "accept" => ConsentMode.AutoAccept,
                        "decline" => ConsentMode.AutoDecline,
                        "page" => ConsentMode.Interactive,
                        var other => throw new FormatException($"--consent must be accept, decline or page, not '{other}'."),
                    };
                    break;
                case "--single-use-refresh-tokens":
                    options.RefreshTokenReuse = RefreshTokenReuse.SingleUse;
                    break;
                case "--simple-upload-limit":
                    options.SimpleUploadLimit = long.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
                        ? limit
                        : throw new FormatException("--simple-upload-limit must be a number of bytes.");
                    break;
                case "--data":
                    options.DataDirectory = Value();
                    break;
                case "--empty":
                    options.SeedDrive = false;
                    break;
                case "--fill":
                    var (folder, count) = Fill(Value());
                    options.FillFolders[folder] = count;
                    break;
                case "--fault":
                    options.Faults.Add(FaultRule.Parse(Value()));
                    break;
                default:
                    throw new FormatException($"unknown argument '{args[i]}'.");
            }
        }

        return options;
    }

    private static (string Folder, int Count) Fill(string value)
    {
        var equals = value.LastIndexOf('=');
        return equals > 0 && int.TryParse(value.AsSpan(equals + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 100_000
            ? (value[..equals].Trim('/'), count)
            : throw new FormatException($"--fill must be FOLDER=COUNT with a count up to 100000, not '{value}'.");
    }

    private static int Port(string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new FormatException($"{name} must be a port number, not '{value}'.");
}
