using System;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// What to show the user in the device code flow: open <see cref="VerificationUri"/> on any device with a browser and
/// enter <see cref="UserCode"/> before <see cref="ExpiresAt"/>. <see cref="Message"/> is the identity platform's own
/// sentence saying exactly that.
/// </summary>
/// <param name="UserCode">The short code the user types.</param>
/// <param name="VerificationUri">The page to open.</param>
/// <param name="Message">The identity platform's instructions, ready to print.</param>
/// <param name="ExpiresAt">When the code stops working (15 minutes after it was issued, at Microsoft).</param>
public sealed record DeviceCodePrompt(string UserCode, Uri VerificationUri, string Message, DateTimeOffset ExpiresAt);
