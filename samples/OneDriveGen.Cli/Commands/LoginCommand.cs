using System;
using System.CommandLine;
using Spectre.Console;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Cli.Commands;

/// <summary>
/// <c>odg login</c>: the loopback way (a receiver on http://localhost catches the redirect); <c>--manual</c> then
/// <c>--code CODE</c>: the how-to's way, the code copied from the browser's address bar; <c>--device-code</c>: a code
/// to enter on another device, for SSH sessions and machines with no browser.
/// </summary>
internal static class LoginCommand
{
    public static Command Create()
    {
        var code = new Option<string?>("--code") { Description = "Redeem this code, or the whole redirect URL, from a 'login --manual' sign-in; '-' reads it from standard input (off the command line and shell history)." };
        var codeFile = new Option<string?>("--code-file") { Description = "Redeem the code (or redirect URL) in this file." };
        var manual = new Option<bool>("--manual") { Description = "Print the sign-in URL and stop; finish with 'odg login --code CODE'." };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Do not try to open a browser; just print the URL." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the browser's redirect.", DefaultValueFactory = _ => 300 };
        var deviceCode = new Option<bool>("--device-code") { Description = "Sign in on another device: prints a URL and a code to enter there, then waits (for SSH sessions and machines with no browser; needs a public client with 'Allow public client flows')." };
        var command = new Command("login", "Sign in and store the tokens.") { code, codeFile, manual, noBrowser, timeout, deviceCode };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            var console = session.Console;
            TokenSet tokens;
            if (SecretInput.Read(parse.GetValue(code), parse.GetValue(codeFile), "code") is { Length: > 0 } pasted)
            {
                var pending = await PendingLogin.TakeAsync(session.PendingLoginPath, ct);
                tokens = await session.SignIn.CompleteAsync(pending, pasted.Trim(), ct);
            }
            else if (parse.GetValue(deviceCode))
            {
                tokens = await session.SignIn.SignInWithDeviceCodeAsync(
                    (prompt, _) =>
                    {
                        // The identity platform's own sentence, then the two things to copy, each alone on a line.
                        console.WriteLine(Output.TerminalText.SafeLines(prompt.Message));
                        console.WriteLine("URL:  " + prompt.VerificationUri.AbsoluteUri);
                        console.WriteLine("Code: " + Output.TerminalText.Safe(prompt.UserCode));
                        console.WriteLine($"Waiting for you to sign in (the code expires at {prompt.ExpiresAt.ToLocalTime():HH:mm}) …");
                        return System.Threading.Tasks.Task.CompletedTask;
                    },
                    ct);
            }
            else if (parse.GetValue(manual))
            {
                var started = session.SignIn.Begin();
                await PendingLogin.SaveAsync(session.PendingLoginPath, started, ct);
                console.WriteLine("Open this URL in a browser and sign in:");
                console.WriteLine(started.AuthorizationUri.AbsoluteUri);
                console.WriteLine("Then copy the code from the address you land on (or the whole address) and run: odg login --code CODE");
                return ExitCodes.Success;
            }
            else
            {
                tokens = await session.SignIn.SignInWithLoopbackAsync(
                    async url =>
                    {
                        if (session.Emulator is not null)
                        {
                            console.WriteLine("The embedded emulator consents at once; odg follows its redirect itself.");
                            await Browser.FollowAsync(url);
                            return;
                        }

                        console.WriteLine("Open this URL in a browser and sign in:");
                        console.WriteLine(url.AbsoluteUri);
                        if (!parse.GetValue(noBrowser) && Browser.TryOpen(url))
                        {
                            console.WriteLine("(opened in your browser)");
                        }

                        console.WriteLine($"Waiting for the redirect to {session.Options.RedirectUri} …");
                    },
                    TimeSpan.FromSeconds(parse.GetValue(timeout)),
                    ct);
            }

            await session.Tokens.SignedInAsync(tokens, ct);
            var where = session.Emulator is null ? $"stored in {session.Options.TokenCachePath}" : "kept in memory (the emulator's tokens end with it)";
            console.WriteLine($"Signed in: scopes {string.Join(' ', tokens.Scopes)}; tokens {where}.");
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }
}
