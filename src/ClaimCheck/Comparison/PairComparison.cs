using System.Collections.Immutable;
using ClaimCheck.Articles;

namespace ClaimCheck.Comparison;

/// <summary>Compares two free-standing statements through the same pipeline a cross-check uses.</summary>
internal static class PairComparison
{
    public static ClaimComparison Compare(CrossCheckPipeline pipeline, string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ca = pipeline.Analyze(new Article("a", a)).Claims;
        var cb = pipeline.Analyze(new Article("b", b)).Claims;
        // a statement without a claim (a question, a fragment) still has a surface the pair model can weigh
        if (pipeline.Comparer is SlotComparer slots) return slots.ComparePair(ca, cb, a, b);
        ClaimComparison? best = null;
        foreach (var x in ca)
            foreach (var y in cb)
            {
                var r = pipeline.Comparer.Compare(x, y);
                if (best is null || r.Score > best.Score) best = r;
            }
        return best ?? new ClaimComparison(PairVerdict.Unrelated, 0, 1, null, ImmutableArray<SlotComparison>.Empty, "one of the statements holds no claim");
    }
}
