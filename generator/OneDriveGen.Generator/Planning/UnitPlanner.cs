using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Generator.Emit;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator.Planning;

/// <summary>Splits a validated spec into the units of generated code, one file each.</summary>
internal static class UnitPlanner
{
    public static EquatableArray<EmitUnit> Plan(SpecModel spec, GeneratorOptions options)
    {
        var rootNamespace = ResolveNamespace(spec, options);
        var modelsNamespace = rootNamespace + ".Models";
        var units = new List<EmitUnit>();
        units.AddRange(spec.Models.Select(m => new ModelUnit($"{modelsNamespace}.{m.Name}.g.cs", modelsNamespace, m)));
        units.AddRange(spec.Models.Select(m => new ModelJsonUnit($"{modelsNamespace}.{m.Name}.Json.g.cs", modelsNamespace, m)));
        units.AddRange(BuilderTreePlanner.Plan(spec, rootNamespace, modelsNamespace));
        if (spec.Auth is not null)
        {
            units.AddRange(PlanAuth(spec.Name, spec.Auth, rootNamespace + ".Auth", modelsNamespace, options.Properties));
        }

        return units.ToEquatableArray();
    }

    /// <summary>The spec's namespace, else the project's root namespace plus the spec name.</summary>
    public static string ResolveNamespace(SpecModel spec, GeneratorOptions options)
    {
        if (spec.Namespace.Length > 0)
        {
            return spec.Namespace;
        }

        return options.RootNamespace.Length > 0 ? options.RootNamespace + "." + spec.Name : spec.Name;
    }

    private static IEnumerable<EmitUnit> PlanAuth(string specName, AuthModel auth, string ns, string modelsNamespace, BuildProperties properties)
    {
        var variablesClass = AuthVariablesEmitter.ClassName(specName);
        // A build property such as OneDriveTenant becomes the variable's default, so the client starts configured.
        var variables = auth.Variables
            .Select(v => properties.VariableValue(v.CSharpName) is { } value ? v with { Default = value } : v)
            .ToEquatableArray();
        yield return new AuthVariablesUnit($"{ns}.{variablesClass}.g.cs", ns, variablesClass, specName, variables);
        var registrationClass = AppRegistrationEmitter.ClassName(specName);
        yield return new AppRegistrationUnit($"{ns}.{registrationClass}.g.cs", ns, registrationClass, specName, properties);
        yield return new AuthorizeUnit($"{ns}.{AuthorizeEmitter.ClassName}.g.cs", ns, variablesClass, auth.Variables, auth.Authorize);
        foreach (var parameter in auth.Authorize.Parameters.Where(p => p.Type == AuthValueType.Enum))
        {
            yield return new AuthEnumUnit($"{ns}.{parameter.CSharpName}.g.cs", ns, parameter);
        }

        var endpointsClass = TokenEndpointsEmitter.ClassName(specName);
        yield return new TokenEndpointsUnit($"{ns}.{endpointsClass}.g.cs", ns, endpointsClass, variablesClass, modelsNamespace, auth.Variables, auth.TokenEndpoints, auth.DeviceAuthorization);
        if (auth.DeviceAuthorization is { } device)
        {
            var fields = device.Fields.Select(name => auth.Fields.First(f => f.WireName == name)).ToEquatableArray();
            yield return new DeviceAuthorizationUnit($"{ns}.{DeviceAuthorizationEmitter.ClassName}.g.cs", ns, endpointsClass, device, fields);
        }

        foreach (var grant in auth.Grants)
        {
            var endpoints = auth.TokenEndpoints.Where(e => e.Grants.Contains(grant.GrantType)).Select(e => e.Key).ToEquatableArray();
            foreach (var client in grant.Clients)
            {
                var className = GrantEmitter.ClassName(client.ClientType, grant.CSharpName);
                var fields = client.Required.Concat(client.Optional)
                    .Select(name => auth.Fields.First(f => f.WireName == name))
                    .ToEquatableArray();
                yield return new GrantUnit($"{ns}.{className}.g.cs", ns, className, grant, client, fields, endpoints);
            }
        }
    }
}
