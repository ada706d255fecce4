using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Emit;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Planning;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator;

/// <summary>
/// Turns endpoint spec files (AdditionalFiles) into typed Kiota request builders, models, grant records and an
/// authorize-URL builder. Spec problems are reported as ODG1xxx diagnostics at the JSON line and column.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OneDriveGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => SpecFileFilter.IsSpec(pair.Left, pair.Right))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.SpecFiles);

        var parsed = specFiles
            .Select(static (text, cancellationToken) => SpecParser.Parse(text.Path, text.GetText(cancellationToken)?.ToString(), cancellationToken))
            .WithTrackingName(TrackingNames.ParseSpec);

        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => new GeneratorOptions(
                pair.Left.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace) ? rootNamespace : string.Empty,
                pair.Right is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : 0,
                BuildProperties.Read(pair.Left.GlobalOptions)))
            .WithTrackingName(TrackingNames.Options);

        var planned = parsed
            .Combine(options)
            .Select(static (pair, _) => Plan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.PlanUnits);

        var owners = planned
            .Collect()
            .Select(static (plans, _) => NamespaceOwners.Resolve(plans))
            .WithTrackingName(TrackingNames.NamespaceOwners);

        var admitted = planned
            .Combine(owners)
            .Select(static (pair, _) => NamespaceOwners.Admit(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Admitted);

        // Source and diagnostics travel separately: a diagnostic moving with the text never re-emits code.
        var units = admitted
            .SelectMany(static (plan, _) => plan.Units)
            .WithTrackingName(TrackingNames.Units);
        var diagnostics = admitted
            .SelectMany(static (plan, _) => plan.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(units, static (spc, unit) => EmitUnit(spc, unit));
        context.RegisterSourceOutput(diagnostics, static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));
    }

    private static PlanResult Plan(Result<SpecModel> parsed, GeneratorOptions options)
    {
        if (parsed.Value is null)
        {
            return new PlanResult(parsed.FilePath, string.Empty, EquatableArray<EmitUnit>.Empty, parsed.Diagnostics);
        }

        if (options.LanguageVersion < GeneratorOptions.MinimumLanguageVersion)
        {
            var location = new LocationInfo(parsed.FilePath, 0, 0, 0, 0, 0, 0);
            var version = (options.LanguageVersion / 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var error = new DiagnosticInfo(SpecDiagnostics.LanguageVersionTooLow.Code, location, new EquatableArray<string>(new[] { version }));
            return new PlanResult(parsed.FilePath, string.Empty, EquatableArray<EmitUnit>.Empty, parsed.Diagnostics.Add(error));
        }

        try
        {
            var @namespace = UnitPlanner.ResolveNamespace(parsed.Value, options);
            return new PlanResult(parsed.FilePath, @namespace, UnitPlanner.Plan(parsed.Value, options), parsed.Diagnostics);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = new DiagnosticInfo(
                SpecDiagnostics.InternalError.Code,
                null,
                new EquatableArray<string>(new[] { parsed.Value.Name, ex.GetType().Name + ": " + ex.Message }));
            return new PlanResult(parsed.FilePath, string.Empty, EquatableArray<EmitUnit>.Empty, parsed.Diagnostics.Add(error));
        }
    }

    private static void EmitUnit(SourceProductionContext context, EmitUnit unit)
    {
        try
        {
            context.AddSource(unit.HintName, SourceEmitter.Emit(unit));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(SpecDiagnosticDescriptors.Find(SpecDiagnostics.InternalError.Code), Location.None, unit.HintName, ex.GetType().Name + ": " + ex.Message));
        }
    }
}
