using System;
using System.Globalization;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>
/// The rules that once shared ODG1006 (unknown reference) and ODG1012 (invalid value): each now has its own code, so
/// it can be looked up and suppressed alone. One edit of the mini spec per rule, located at the token it is about.
/// </summary>
public class OneRulePerCodeTests
{
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // code, find, replace, marker (where it is reported), a phrase of the message
        { "ODG1006", "\"type\": \"Item[]\"", "\"type\": \"Itme[]\"", "\"Itme[]\"", "Unknown type 'Itme[]'" },
        { "ODG1006", "\"errorModel\": \"Error\"", "\"errorModel\": \"Eror\"", "\"Eror\"", "Unknown model 'Eror'" },
        { "ODG1012", "\"size\": { \"type\": \"int64\" }", "\"size\": { \"type\": 64 }", "64", "'type' must be a string" },
        { "ODG1017", "\"type\": \"path\"", "\"type\": \"paht\"", "\"paht\"", "'paht' is not a valid path parameter type; expected one of id, path, odataString; did you mean 'path'?" },
        { "ODG1017", "\"response\": \"Item\", \"query\"", "\"response\": \"Item\", \"behaviors\": [\"pagd\"], \"query\"", "\"pagd\"", "not a valid behavior" },
        { "ODG1017", "\"kind\": \"segment\"", "\"kind\": \"segmnt\"", "\"segmnt\"", "not a valid variable kind" },
        { "ODG1018", "\"forbidden\": [\"refresh_token\"]", "\"forbidden\": [\"refresh_tokn\"]", "\"refresh_tokn\"", "Field 'refresh_tokn' is not declared in auth.fields; did you mean 'refresh_token'?" },
        { "ODG1019", "\"grants\": [\"authorization_code\", \"refresh_token\"]", "\"grants\": [\"authorization_code\", \"refresh\"]", "\"refresh\"", "Grant 'refresh' is not declared in auth.grants" },
        { "ODG1020", "\"url\": \"{host}/{tenant}/token\"", "\"url\": \"{host}/{tenent}/token\"", "\"{host}/{tenent}/token\"", "Variable 'tenent' is not declared in auth.variables; did you mean 'tenant'?" },
        { "ODG1021", "\"query\": [\"select\"]", "\"query\": [\"selct\"]", "\"selct\"", "Query parameter 'selct' is not declared in queryParameters" },
        { "ODG1022", "\"path\": \"/root:/{item-path}:\"", "\"path\": \"/root:/{item-path}:\", \"prefixes\": [\"me\"]", "\"me\"", "Path prefix 'me' is not declared in pathPrefixes" },
        { "ODG1023", "\"message\": \"message\"", "\"message\": \"id\"", "\"id\", \"properties\"", "Message property 'id' does not name a string property" },
        { "ODG1024", "\"application/x-www-form-urlencoded\"", "\"application/json\"", "\"application/json\"", "x-www-form-urlencoded" },
        { "ODG1025", "\"url\": \"{host}/{tenant}/authorize\"", "\"url\": \"{tenant}/authorize\"", "\"{tenant}/authorize\"", "must start with a host or a 'baseUrl' variable, not '{tenant}'" },
        { "ODG1026", "\"baseUrl\": \"https://api.example.com/v1\"", "\"baseUrl\": \"api.example.com/v1\"", "\"api.example.com/v1\"", "is not an absolute URL with a host" },
        { "ODG1027", "\"method\": \"GET\", \"path\": \"/root:/{item-path}:\"", "\"method\": \"GET\", \"body\": \"Item\", \"path\": \"/root:/{item-path}:\"", "\"Item\", \"path\": \"/root:", "A GET request has no body" },
        { "ODG1028", "\"path\": \"/root:/{item-path}:\"", "\"path\": \"/root/{item-path}\"", "\"/root/{item-path}\"", "has type 'path' and must be used as ':/{item-path}:'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_is_reported_under_its_own_code_at_its_token(string code, string find, string replace, string marker, string phrase)
    {
        var diagnostic = DiagnosticTests.AssertSingle(Specs.MiniWith(find, replace), code, marker);

        Assert.Contains(phrase, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
