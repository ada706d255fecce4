using Microsoft.Extensions.Hosting;
using OneDriveGen.Web;

// dotnet run --project samples/OneDriveGen.Web: with no OneDrive:ClientId configured, an embedded emulator plays
// Microsoft (sign-in, consent, a drive with pictures), so the whole flow runs with no account.
await using var sample = await WebSample.StartAsync(args);
await sample.App.WaitForShutdownAsync();
