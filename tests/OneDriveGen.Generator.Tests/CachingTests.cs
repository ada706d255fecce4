using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Planning;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>The pipeline caches: unrelated edits re-run nothing, a spec edit re-emits only the files it changes.</summary>
public class CachingTests
{
    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly Type[] ForbiddenInModels =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Diagnostic), typeof(AdditionalText), typeof(SourceText),
    };

    [Fact]
    public void UnrelatedCSharpEditLeavesEveryStepCachedOrUnchanged()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace MyApp { internal class A { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { Shipped(), MiniWithWarning() }).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace MyApp { internal class B { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in StepNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} was not tracked");
            var reasons = result.TrackedSteps[name].SelectMany(step => step.Outputs).Select(o => o.Reason).Distinct().ToList();
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"step {name} ran again: {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void ModelsHoldNoCompilerObjects()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace MyApp { internal class A { } }");
        var result = GeneratorHarness.CreateDriver(new[] { Shipped(), MiniWithWarning() }).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.ParseSpec, TrackingNames.PlanUnits, TrackingNames.Units, TrackingNames.Diagnostics })
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                AssertHoldsNoCompilerObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    [Fact]
    public void EditingOneEndpointReEmitsOnlyItsBuilders()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace MyApp { internal class A { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { Shipped() }).RunGenerators(compilation);
        var edited = new InMemoryAdditionalText(
            GeneratorHarness.ShippedSpecPath,
            GeneratorHarness.ShippedSpec.Replace("\"Gets a drive item by its ID.\"", "\"Gets one drive item by its ID.\"", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(Shipped(), edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var units = result.TrackedSteps[TrackingNames.Units].SelectMany(s => s.Outputs).ToList();
        var modified = units.Where(o => o.Reason != IncrementalStepRunReason.Unchanged && o.Reason != IncrementalStepRunReason.Cached)
            .Select(o => ((EmitUnit)o.Value).HintName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            new[] { "MyApp.OneDrive.Drives.DriveId.Items.ItemId.ItemIdRequestBuilder.g.cs", "MyApp.OneDrive.Me.Drive.Items.ItemId.ItemIdRequestBuilder.g.cs" },
            modified);
        Assert.True(units.Count > 90);
    }

    [Fact]
    public void WhitespaceOnlyEditReEmitsNothing()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace MyApp { internal class A { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { Shipped() }).RunGenerators(compilation);
        var edited = new InMemoryAdditionalText(GeneratorHarness.ShippedSpecPath, "\n\n" + GeneratorHarness.ShippedSpec.Replace("  ", "    ", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(Shipped(), edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.ParseSpec].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Units].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static InMemoryAdditionalText? _shipped;

    // One instance, so ReplaceAdditionalText can find it in the driver.
    private static InMemoryAdditionalText Shipped() => _shipped ??= new InMemoryAdditionalText(GeneratorHarness.ShippedSpecPath, GeneratorHarness.ShippedSpec);

    // A second spec with a warning, so that the diagnostics step has items to track.
    private static InMemoryAdditionalText MiniWithWarning() => new(
        "/specs/mini-endpoints.json",
        Specs.MiniWith(
            "\"item-id\": { \"type\": \"id\", \"description\": \"The item ID.\" },",
            "\"item-id\": { \"type\": \"id\", \"description\": \"The item ID.\" },\n    \"spare\": { \"type\": \"id\" },"));

    private static void AssertHoldsNoCompilerObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var forbidden = ForbiddenInModels.FirstOrDefault(t => t.IsInstanceOfType(value));
        Assert.True(forbidden is null, $"{path} holds a {forbidden?.Name}");
        if (value is System.Collections.IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                AssertHoldsNoCompilerObjects(item, $"{path}[{i++}]", seen);
            }
        }

        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertHoldsNoCompilerObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
            }
        }
    }
}
