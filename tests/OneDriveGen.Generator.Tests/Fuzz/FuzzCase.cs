using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace OneDriveGen.Generator.Tests.Fuzz;

/// <summary>
/// One fuzz input, fully determined by its seed: a starting spec, 1–3 structural mutations (half of the cases only
/// ones that keep it well formed) and maybe one byte mutation.
/// </summary>
internal sealed record FuzzCase(byte[] Bytes, string Description)
{
    public static FuzzCase Create(int seed, IReadOnlyList<FuzzSeed> seeds)
    {
        var random = new Random(seed);
        var preserving = random.Next(2) == 0;
        var candidates = preserving ? seeds.Where(s => s.Clean).ToList() : seeds;
        var start = candidates[random.Next(candidates.Count)];
        var steps = new List<string> { start.Name };
        var tree = JsonTree.Parse(start.Text);
        var mutator = new SpecMutator(random);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            steps.Add(preserving ? mutator.MutatePreserving(tree) : mutator.Mutate(tree));
        }

        var bytes = Encoding.UTF8.GetBytes(tree.Write()).ToList();
        if (random.Next(10) < 3)
        {
            var bytesMutator = new ByteMutator(random);
            steps.Add(preserving ? bytesMutator.MutateKeepingJson(bytes) : bytesMutator.Mutate(bytes));
        }

        return new FuzzCase(bytes.ToArray(), string.Join("; ", steps));
    }
}
