using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Tests.OneDrive;
using OneDriveGen.Runtime.Tokens;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// One hierarchy: everything the runtime throws for a OneDrive or identity outcome is a <see cref="OneDriveException"/>
/// carrying the service's code, the HTTP status and the request ID where there are any.
/// </summary>
public class ExceptionHierarchyTests
{
    [Fact]
    public void Every_exception_type_the_runtime_exports_is_a_OneDriveException()
    {
        var exceptions = typeof(OneDriveException).Assembly.GetExportedTypes()
            .Where(t => typeof(Exception).IsAssignableFrom(t) && t != typeof(OneDriveException))
            .ToList();

        Assert.True(exceptions.Count >= 6, string.Join(", ", exceptions));
        Assert.All(exceptions, t => Assert.True(t.IsSubclassOf(typeof(OneDriveException)), $"{t} does not derive from OneDriveException"));
    }

    [Fact]
    public async Task An_identity_refusal_caught_as_OneDriveException_has_code_status_and_request_id()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var session = h.SignIn.Begin();
        var code = RedirectParser.Parse(await h.AuthorizeRedirectAsync(session))["code"];
        await h.SignIn.RedeemCodeAsync(session, code);

        // The code again: already redeemed.
        OneDriveException error = await Assert.ThrowsAsync<IdentityException>(() => h.SignIn.RedeemCodeAsync(session, code));

        Assert.StartsWith("AADSTS", error.Code, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.True(Guid.TryParse(error.RequestId, out _), $"request id '{error.RequestId}'");
        Assert.Equal(((IdentityException)error).TraceId, error.RequestId);
    }
}
