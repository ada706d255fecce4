using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Identity;

/// <summary>
/// The token endpoint's device code grant (RFC 8628 §3.4–3.5, "OAuth 2.0 device authorization grant"): polled with
/// the device code until the user acts at the verification page. authorization_pending (AADSTS70016) while they have
/// not, slow_down when polled sooner than the interval (which then grows by 5 s), authorization_declined when they
/// declined, expired_token (AADSTS70019) after expires_in, bad_verification_code for a device code never issued; a
/// redeemed device code is spent.
/// </summary>
internal static class DeviceCodeGrant
{
    public const string GrantType = "urn:ietf:params:oauth:grant-type:device_code";

    public static async Task RedeemAsync(HttpContext context, EmulatorState state, AppRegistration app, IFormCollection form, Func<IReadOnlyList<string>, string, Task> issue)
    {
        var now = state.Now;
        var value = form["device_code"].ToString();
        if (value.Length == 0)
        {
            await IdentityErrors.MissingParameterAsync(context, now, "device_code");
            return;
        }

        var authorization = state.DeviceCodes.ByDeviceCode(value);
        if (authorization is null || !string.Equals(authorization.ClientId, app.ClientId, StringComparison.OrdinalIgnoreCase))
        {
            await IdentityErrors.WriteAsync(context, now, "bad_verification_code", 70018, "The provided value for the input parameter 'device_code' is not valid.");
            return;
        }

        if (now > authorization.ExpiresAt)
        {
            await IdentityErrors.WriteAsync(context, now, "expired_token", 70019, "Verification code expired.");
            return;
        }

        var outcome = state.DeviceCodes.Update(authorization, a => Poll(a, now, state.Options.DeviceCodeAutoApproveAfterPolls, state.Options.DeviceCodeSlowDownPolls));
        switch (outcome)
        {
            case PollOutcome.Pending:
                await IdentityErrors.WriteAsync(context, now, "authorization_pending", 70016, "OAuth 2.0 device flow error. Authorization is pending. Continue polling.");
                return;
            case PollOutcome.SlowDown:
                await IdentityErrors.WriteAsync(context, now, "slow_down", 70016, $"Polling too frequently: wait at least {authorization.Interval} seconds between requests.");
                return;
            case PollOutcome.Declined:
                await IdentityErrors.WriteAsync(context, now, "authorization_declined", 70000, "The end user denied the authorization request.");
                return;
            case PollOutcome.Spent:
                await IdentityErrors.WriteAsync(context, now, "invalid_grant", 54005, "The device code was already redeemed; start a new device authorization.");
                return;
        }

        await issue(authorization.Scopes, authorization.Account);
    }

    private static PollOutcome Poll(DeviceAuthorization authorization, DateTimeOffset now, int? autoApproveAfter, int slowDownPolls)
    {
        switch (authorization.Status)
        {
            case DeviceAuthorizationStatus.Declined:
                return PollOutcome.Declined;
            case DeviceAuthorizationStatus.Redeemed:
                return PollOutcome.Spent;
            case DeviceAuthorizationStatus.Approved:
                authorization.Status = DeviceAuthorizationStatus.Redeemed;
                return PollOutcome.Issue;
        }

        var tooSoon = (authorization.LastPoll is { } last && now - last < TimeSpan.FromSeconds(authorization.Interval)) || authorization.SlowDowns < slowDownPolls;
        authorization.LastPoll = now;
        if (tooSoon)
        {
            authorization.SlowDowns++;
            authorization.Interval += 5;
            return PollOutcome.SlowDown;
        }

        if (autoApproveAfter is { } polls && authorization.PendingPolls >= polls)
        {
            authorization.Status = DeviceAuthorizationStatus.Redeemed;
            return PollOutcome.Issue;
        }

        authorization.PendingPolls++;
        return PollOutcome.Pending;
    }

    private enum PollOutcome
    {
        Pending,
        SlowDown,
        Declined,
        Spent,
        Issue,
    }
}
