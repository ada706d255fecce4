using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Identity;

/// <summary>
/// The OpenID Connect discovery document ({tenant}/v2.0/.well-known/openid-configuration) and the signing keys
/// ({tenant}/discovery/v2.0/keys), shaped like the identity platform's: a tenant's issuer is
/// {authority}/{tenant-id}/v2.0, and /common and /organizations publish the {tenantid} template.
/// </summary>
internal static class OpenIdMetadata
{
    /// <summary>The tenant ID tokens of the emulator's user carry: the consumer tenant on a personal drive.</summary>
    public static string UserTenantId(EmulatorState state) =>
        state.Drive.DriveType == "business" ? EmulatorUser.OrganizationTenantId : TenantRules.ConsumersTenantId;

    public static string Issuer(EmulatorState state, string tenantId) => $"{state.MainBase}/{tenantId}/v2.0";

    public static Task ConfigurationAsync(HttpContext context, EmulatorState state, string tenant)
    {
        var segment = tenant.ToLowerInvariant();
        var issuerTenant = segment switch
        {
            "common" or "organizations" => "{tenantid}",
            "consumers" => TenantRules.ConsumersTenantId,
            _ when Guid.TryParse(segment, out _) => segment,
            _ => EmulatorUser.OrganizationTenantId,
        };
        return GraphJsonWriter(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("issuer", Issuer(state, issuerTenant));
            writer.WriteString("authorization_endpoint", $"{state.MainBase}/{tenant}/oauth2/v2.0/authorize");
            writer.WriteString("token_endpoint", $"{state.MainBase}/{tenant}/oauth2/v2.0/token");
            writer.WriteString("jwks_uri", $"{state.MainBase}/{tenant}/discovery/v2.0/keys");
            writer.WriteString("userinfo_endpoint", "https://graph.microsoft.com/oidc/userinfo");
            Array(writer, "response_modes_supported", "query", "fragment", "form_post");
            Array(writer, "response_types_supported", "code", "id_token", "code id_token", "id_token token");
            Array(writer, "subject_types_supported", "pairwise");
            Array(writer, "id_token_signing_alg_values_supported", "RS256");
            Array(writer, "token_endpoint_auth_methods_supported", "client_secret_post", "private_key_jwt", "client_secret_basic");
            Array(writer, "scopes_supported", "openid", "profile", "email", "offline_access");
            Array(writer, "claims_supported", "sub", "iss", "aud", "exp", "iat", "nbf", "nonce", "c_hash", "name", "preferred_username", "email", "oid", "tid", "ver");
            writer.WriteBoolean("request_uri_parameter_supported", false);
            writer.WriteEndObject();
        });
    }

    public static Task KeysAsync(HttpContext context, EmulatorState state) =>
        GraphJsonWriter(context, state.IdTokens.WriteKeys);

    private static async Task GraphJsonWriter(HttpContext context, Action<System.Text.Json.Utf8JsonWriter> write)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        await context.Response.Body.WriteAsync(buffer.ToArray());
    }

    private static void Array(System.Text.Json.Utf8JsonWriter writer, string name, params string[] values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
