using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OneDriveGen.Generator.Emit;
using OneDriveGen.Generator.Tests.Infrastructure;
using OneDriveGen.Runtime.Tokens;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>
/// The member lists the spec readers check names against are owned by the emitters; this keeps them honest. Every
/// member the generator writes into a type of the shipped spec's output, other than the ones a spec name makes, must
/// be on its emitter's list, so adding a member without listing it fails here instead of in a user's build.
/// </summary>
public class EmitterMemberListTests
{
    private static readonly string[] Methods = { "Get", "Post", "Put", "Patch", "Delete" };

    private static readonly INamedTypeSymbol[] Generated = GeneratedTypes();

    [Fact]
    public void Builder_members_are_listed_by_the_builder_and_operation_emitters()
    {
        var listed = new HashSet<string>(BuilderEmitter.Members.Concat(ObjectMembers.Names).Concat(Methods.SelectMany(OperationEmitter.MembersFor)));
        var builders = Generated.Where(t => t.BaseType?.Name == "BaseRequestBuilder").ToList();
        Assert.NotEmpty(builders);

        AssertListed(builders, m => !IsChildAccessor(m) && m is not INamedTypeSymbol and not IMethodSymbol { MethodKind: not MethodKind.Ordinary } && m.Name != "this[]", listed, "BuilderEmitter.Members or OperationEmitter.MembersFor");
    }

    [Fact]
    public void Model_methods_are_listed_by_the_model_emitters()
    {
        var listed = new HashSet<string>(ModelEmitter.Members.Concat(ModelEmitter.ErrorMembers).Concat(ModelJsonEmitter.Members).Concat(ObjectMembers.Names));
        var models = Generated.Where(t => t.ContainingNamespace.Name == "Models").ToList();
        Assert.NotEmpty(models);

        AssertListed(models, m => m is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol { IsOverride: true } || m.Name == "AdditionalData", listed, "ModelEmitter.Members or ModelJsonEmitter.Members");
    }

    [Fact]
    public void Grant_and_authorize_members_are_listed_by_their_emitters()
    {
        var listed = new HashSet<string>(GrantEmitter.Members.Concat(AuthorizeEmitter.Members).Concat(ObjectMembers.Names));
        var auth = Generated.Where(t => t.Interfaces.Any(i => i.Name == "ITokenGrant") || t.Name == AuthorizeEmitter.ClassName).ToList();
        Assert.Contains(auth, t => t.Name == AuthorizeEmitter.ClassName);

        // Spec fields are init-only properties; everything else the emitters add is a method, a constant or get-only.
        listed.Add("ResponseType"); // the spec's const response_type parameter: a spec name, emitted as a constant
        AssertListed(auth, m => m is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IFieldSymbol { IsConst: true } or IPropertySymbol { SetMethod: null }, listed, "GrantEmitter.Members or AuthorizeEmitter.Members");
    }

    private static void AssertListed(IEnumerable<INamedTypeSymbol> types, System.Func<ISymbol, bool> emitted, HashSet<string> listed, string lists)
    {
        var unlisted = types
            .SelectMany(t => t.GetMembers().Where(m => !m.IsImplicitlyDeclared && emitted(m) && !listed.Contains(m.Name)).Select(m => $"{t.Name}.{m.Name}"))
            .Distinct()
            .ToList();

        Assert.True(unlisted.Count == 0, $"Members not on {lists}: " + string.Join(", ", unlisted));
    }

    private static bool IsChildAccessor(ISymbol member) => member switch
    {
        IPropertySymbol p => p.Type.Name.EndsWith("RequestBuilder", System.StringComparison.Ordinal),
        IMethodSymbol m => m.ReturnType.Name.EndsWith("RequestBuilder", System.StringComparison.Ordinal) && m.Name != "WithUrl",
        IFieldSymbol f => f.Name.StartsWith('_'),
        _ => false,
    };

    private static INamedTypeSymbol[] GeneratedTypes()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ShippedSpec);
        Assert.Empty(result.CompilationProblems);
        var compilation = result.Output;
        return compilation.SyntaxTrees
            .Where(t => t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal))
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>().Select(d => compilation.GetSemanticModel(t).GetDeclaredSymbol(d)))
            .OfType<INamedTypeSymbol>()
            .Where(t => t.ContainingType is null)
            .Distinct(SymbolEqualityComparer.Default)
            .Cast<INamedTypeSymbol>()
            .ToArray();
    }
}
