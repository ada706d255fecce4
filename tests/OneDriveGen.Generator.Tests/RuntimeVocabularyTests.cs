using System;
using System.Linq;
using OneDriveGen.Generator.Spec;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>
/// Closed sets the generator writes into generated code as members of a runtime type: the generator's enum and the
/// runtime's must agree member for member, or generated code stops compiling for every user.
/// </summary>
public class RuntimeVocabularyTests
{
    [Fact]
    public void Endpoint_behaviours_are_the_runtime_enum_member_for_member()
    {
        var generator = Enum.GetValues<EndpointBehavior>().Select(b => (b.ToString(), (int)b));
        var runtime = Enum.GetValues<OneDriveGen.Runtime.Requests.EndpointBehaviors>().Select(b => (b.ToString(), (int)b));

        Assert.Equal(runtime, generator);
    }

    [Fact]
    public void Every_behaviour_has_one_spec_spelling()
    {
        var flags = Enum.GetValues<EndpointBehavior>().Where(b => b != EndpointBehavior.None).ToList();

        Assert.Equal(flags.Count, EndpointBehaviorNames.All.Count());
        Assert.All(flags, b => Assert.Equal(b, EndpointBehaviorNames.Find(EndpointBehaviorNames.Of(b))));
    }
}
