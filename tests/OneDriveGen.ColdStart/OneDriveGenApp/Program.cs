using System;
using OneDriveGenApp.OneDrive;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tokens;

var graph = Environment.GetEnvironmentVariable("ODG_GRAPH")!;
var options = new OneDriveOptions { ClientId = "2b3f4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", GraphBaseUrl = graph };
var tokens = new OneDriveTokenProvider(new OneDriveSignIn(options, new TokenClient(new System.Net.Http.HttpClient())), new InMemoryTokenStore(), options);
await tokens.SignedInAsync(new TokenSet(Environment.GetEnvironmentVariable("ODG_TOKEN")!, null, DateTimeOffset.UtcNow.AddMinutes(55), new[] { "files.readwrite.all" }));
var client = new OneDriveClient(OneDriveClientFactory.CreateAdapter(options, tokens));
var sets = await client.Drives[Environment.GetEnvironmentVariable("ODG_DRIVE")!].Items[Environment.GetEnvironmentVariable("ODG_ITEM")!].Thumbnails.GetAsync();
Console.WriteLine(sets!.Value![0].Medium!.Height);
