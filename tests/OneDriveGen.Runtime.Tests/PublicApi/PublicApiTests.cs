using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Runtime.Tests.PublicApi;

/// <summary>
/// The public surface of each shipped runtime assembly, held to a committed baseline (like Microsoft's API-compat
/// baselines): an unintended change fails here, an intended one is accepted with ONEDRIVEGEN_ACCEPT=1 and reviewed
/// in the diff. Generated-code plumbing is hidden from IntelliSense and kept out of the user-facing listing.
/// </summary>
public class PublicApiTests
{
    // Runtime types generated code names that are part of what users see on purpose: the metadata each operation
    // exposes (EndpointOption, EndpointBehaviors) and the contract of a generated grant (ITokenGrant).
    private static readonly string[] UserFacingContracts =
    {
        "OneDriveGen.Runtime.Requests.EndpointOption",
        "OneDriveGen.Runtime.Requests.EndpointBehaviors",
        "OneDriveGen.Runtime.Tokens.ITokenGrant",
    };

    public static TheoryData<string> Assemblies => new()
    {
        typeof(OneDriveGen.Runtime.Configuration.OneDriveOptions).Assembly.GetName().Name!,
        typeof(OneDriveGen.Runtime.Tokens.FileTokenStore).Assembly.GetName().Name!,
        typeof(OneDriveGen.IdentityWeb.OneDriveTokenAcquisition).Assembly.GetName().Name!,
        typeof(OneDriveGen.Azure.OneDriveAzure).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_public_surface_matches_its_baseline(string assemblyName)
    {
        var listing = ApiListing.Write(Assembly.Load(assemblyName));
        var baseline = Path.Combine(RepositoryRoot.Path, "tests", "OneDriveGen.Runtime.Tests", "PublicApi", assemblyName + ".txt");
        var accept = Environment.GetEnvironmentVariable("ONEDRIVEGEN_ACCEPT") == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (accept)
        {
            File.WriteAllText(baseline, listing);
        }

        Assert.True(File.Exists(baseline), $"{baseline} is missing; write it with ONEDRIVEGEN_ACCEPT=1");
        Assert.Equal(File.ReadAllText(baseline).ReplaceLineEndings("\n"), listing);
    }

    [Fact]
    public void Plumbing_lives_in_the_Generated_namespace_and_nothing_else_is_hidden()
    {
        var runtime = typeof(OneDriveGen.Runtime.Configuration.OneDriveOptions).Assembly.GetExportedTypes();

        var inGenerated = runtime.Where(t => t.Namespace == "OneDriveGen.Runtime.Generated").ToList();
        Assert.NotEmpty(inGenerated);
        Assert.All(inGenerated, t => Assert.True(ApiListing.IsHidden(t), $"{t} is plumbing but shows in IntelliSense"));
        Assert.All(runtime.Where(t => t.Namespace != "OneDriveGen.Runtime.Generated"), t => Assert.False(ApiListing.IsHidden(t), $"{t} is hidden outside the Generated namespace"));
    }

    [Fact]
    public void Generated_code_calls_nothing_user_facing_but_the_contracts_it_exposes()
    {
        var snapshots = Path.Combine(RepositoryRoot.Path, "tests", "OneDriveGen.Generator.Tests", "Snapshots");
        var referenced = Directory.GetFiles(snapshots, "*.verified.cs")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"global::(OneDriveGen\.Runtime\.[A-Za-z.]+)").Select(m => m.Groups[1].Value))
            .Select(TypeName)
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        Assert.Contains("OneDriveGen.Runtime.Generated.UriExpansion", referenced);

        var exposed = referenced.Where(n => !n.StartsWith("OneDriveGen.Runtime.Generated.", StringComparison.Ordinal));

        Assert.Equal(UserFacingContracts.OrderBy(n => n, StringComparer.Ordinal), exposed);
    }

    // OneDriveGen.Runtime.Generated.UriExpansion.AppendQuery → the type: the longest prefix the assembly knows.
    private static string TypeName(string reference)
    {
        var runtime = typeof(OneDriveGen.Runtime.Configuration.OneDriveOptions).Assembly;
        var parts = reference.Split('.');
        for (var length = parts.Length; length > 0; length--)
        {
            var candidate = string.Join('.', parts.Take(length));
            if (runtime.GetType(candidate) is not null)
            {
                return candidate;
            }
        }

        return reference;
    }
}
