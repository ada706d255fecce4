using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using OneDriveGen.Generator.Planning;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>The OneDrive* MSBuild properties the build task validated become the generated client's defaults.</summary>
public class BuildPropertyTests
{
    private static readonly Dictionary<string, string> Properties = new()
    {
        ["OneDriveClientId"] = "6731de76-14a6-49ae-97bc-6eba6914391e",
        ["OneDriveTenant"] = "contoso.onmicrosoft.com",
        ["OneDriveRedirectUri"] = "http://127.0.0.1/callback; http://127.0.0.1/other",
        ["OneDriveScopes"] = "offline_access Files.Read",
        ["OneDriveAuthorityHost"] = "http://127.0.0.1:5099",
    };

    [Fact]
    public void Set_properties_are_the_generated_constants_and_variable_defaults()
    {
        var assembly = CompileAndLoad(Properties);

        var registration = assembly.GetType("MyApp.OneDrive.Auth.OneDriveAppRegistration", throwOnError: true)!;
        Assert.Equal("6731de76-14a6-49ae-97bc-6eba6914391e", Constant(registration, "ClientId"));
        Assert.Equal("http://127.0.0.1/callback", Constant(registration, "RedirectUri"));
        Assert.Equal("offline_access Files.Read", Constant(registration, "Scopes"));
        Assert.Null(Constant(registration, "ClientType"));
        var redirects = (IReadOnlyList<string>)registration.GetProperty("RedirectUris")!.GetValue(null)!;
        Assert.Equal(new[] { "http://127.0.0.1/callback", "http://127.0.0.1/other" }, redirects);

        var variables = Activator.CreateInstance(assembly.GetType("MyApp.OneDrive.Auth.OneDriveAuthVariables", throwOnError: true)!)!;
        Assert.Equal("contoso.onmicrosoft.com", variables.GetType().GetProperty("Tenant")!.GetValue(variables));
        Assert.Equal("http://127.0.0.1:5099", variables.GetType().GetProperty("AuthorityHost")!.GetValue(variables));
        Assert.Equal("https://login.live.com", variables.GetType().GetProperty("LiveHost")!.GetValue(variables));
    }

    [Fact]
    public void Without_properties_the_constants_are_null_and_the_spec_defaults_stand()
    {
        var assembly = CompileAndLoad(new Dictionary<string, string>());

        var registration = assembly.GetType("MyApp.OneDrive.Auth.OneDriveAppRegistration", throwOnError: true)!;
        Assert.Null(Constant(registration, "ClientId"));
        Assert.Empty((IReadOnlyList<string>)registration.GetProperty("RedirectUris")!.GetValue(null)!);
        var variables = Activator.CreateInstance(assembly.GetType("MyApp.OneDrive.Auth.OneDriveAuthVariables", throwOnError: true)!)!;
        Assert.Equal("common", variables.GetType().GetProperty("Tenant")!.GetValue(variables));
    }

    [Fact]
    public void Quotes_and_backslashes_in_a_property_are_escaped()
    {
        var assembly = CompileAndLoad(new Dictionary<string, string> { ["OneDriveScopes"] = "a\"b\\c" });

        Assert.Equal("a\"b\\c", Constant(assembly.GetType("MyApp.OneDrive.Auth.OneDriveAppRegistration")!, "Scopes"));
    }

    [Fact]
    public void Changing_a_property_re_emits_only_the_files_that_carry_it()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace MyApp { internal class A { } }");
        var spec = new InMemoryAdditionalText(GeneratorHarness.ShippedSpecPath, GeneratorHarness.ShippedSpec);
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, buildProperties: Properties).RunGenerators(compilation);

        var changed = new Dictionary<string, string>(Properties) { ["OneDriveClientId"] = "11112222-bbbb-3333-cccc-4444dddd5555", ["OneDriveTenant"] = "organizations" };
        var result = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsWith(changed)).RunGenerators(compilation).GetRunResult().Results.Single();

        var modified = result.TrackedSteps[TrackingNames.Units].SelectMany(s => s.Outputs)
            .Where(o => o.Reason is not IncrementalStepRunReason.Unchanged and not IncrementalStepRunReason.Cached)
            .Select(o => ((EmitUnit)o.Value).HintName)
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "MyApp.OneDrive.Auth.OneDriveAppRegistration.g.cs", "MyApp.OneDrive.Auth.OneDriveAuthVariables.g.cs" }, modified);
    }

    private static object? Constant(Type type, string name) => type.GetField(name)!.GetRawConstantValue();

    private static Assembly CompileAndLoad(IReadOnlyDictionary<string, string> properties)
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace MyApp { internal static class Placeholder { } }");
        var spec = new InMemoryAdditionalText(GeneratorHarness.ShippedSpecPath, GeneratorHarness.ShippedSpec);
        GeneratorHarness.CreateDriver(new[] { spec }, buildProperties: properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
    }
}
