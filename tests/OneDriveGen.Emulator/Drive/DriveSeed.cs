using System.Text;

namespace OneDriveGen.Emulator.Drive;

/// <summary>A realistic starting tree: documents with awkward names, pictures with sizes, nested folders.</summary>
internal static class DriveSeed
{
    public static void Populate(DriveStore drive)
    {
        drive.AddFile("Documents", "Q1 #1.docx", Text("Quarter one report"));
        drive.AddFile("Documents", "estimate%s.docx", Text("Estimates"));
        drive.AddFile("Documents/Ryan's Files", "doc (1).docx", Text("Ryan's document"));
        drive.AddFile("Documents", "Grüße.txt", Text("Grüße aus Köln"));
        drive.AddFile("Pictures", "BritishShorthair.jpg", Images.SolidPng(273, 398, 0x6b8e23), imageWidth: 273, imageHeight: 398);
        drive.AddFile("Pictures/Vacation", "beach.png", Images.SolidPng(800, 600, 0x1e90ff), imageWidth: 800, imageHeight: 600);
        drive.AddFile("Pictures/Vacation", "sunset.png", Images.SolidPng(640, 480, 0xff8c00), imageWidth: 640, imageHeight: 480);
        drive.AddFolder("Music");
        drive.AddFile(string.Empty, "Notes.txt", Text("Remember the milk.\n"));
    }

    private static byte[] Text(string value) => Encoding.UTF8.GetBytes(value);
}
