using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Tests.OneDrive.Models;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>The process-wide Kiota registries are changed by this class's tests, so nothing else runs beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GlobalKiotaRegistry
{
    public const string Name = "global Kiota registry";
}

/// <summary>
/// Microsoft.Graph rewires Kiota's process-wide parse-node and serializer registries when a GraphServiceClient is
/// created; our client reads with its own readers and its own factories, so that changes nothing for it.
/// </summary>
[Collection(GlobalKiotaRegistry.Name)]
public sealed class RegistryIsolationTests
{
    [Fact]
    public async Task A_GraphServiceClient_and_even_a_broken_global_registry_change_nothing_in_how_our_client_reads()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        var pictureId = h.Emulator.Drive.FindIdByPath("Pictures/BritishShorthair.jpg")!;
        var before = (await client.Me.Drive.Items[pictureId].GetAsync())!;

        _ = new Microsoft.Graph.GraphServiceClient(new AnonymousAuthenticationProvider());
        var registry = ParseNodeFactoryRegistry.DefaultInstance.ContentTypeAssociatedFactories;
        registry.TryGetValue("application/json", out var graphsJsonFactory);
        registry["application/json"] = new ThrowingParseNodeFactory();
        try
        {
            var after = (await client.Me.Drive.Items[pictureId].GetAsync())!;
            var children = 0;
            await foreach (var _ in Pager.EnumerateAsync(adapter, client.Me.Drive.Root.Children.ToGetRequestInformation(), DriveItem.ReadJson))
            {
                children++;
            }

            var error = await Assert.ThrowsAsync<ODataError>(() => client.Me.Drive.Items["D4648F06C91D9D3D!999"].GetAsync());

            Assert.Equal((before.Id, before.Name, before.Size, before.Image!.Width), (after.Id, after.Name, after.Size, after.Image!.Width));
            Assert.Equal(4, children);
            Assert.Equal("itemNotFound", error.Error!.Code);
        }
        finally
        {
            if (graphsJsonFactory is not null)
            {
                registry["application/json"] = graphsJsonFactory;
            }
            else
            {
                registry.TryRemove("application/json", out _);
            }
        }
    }

    private sealed class ThrowingParseNodeFactory : IParseNodeFactory
    {
        public string ValidContentType => "application/json";

        public Task<IParseNode> GetRootParseNodeAsync(string contentType, Stream content, CancellationToken cancellationToken = default) => throw new InvalidOperationException("the global registry was used");
    }
}
