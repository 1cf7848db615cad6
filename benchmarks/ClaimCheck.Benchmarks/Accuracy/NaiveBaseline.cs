using FuzzySharp;

namespace ClaimCheck.Benchmarks.Accuracy;

/// <summary>
/// The naive baseline ClaimCheck must beat: FuzzySharp <c>Fuzz.TokenSetRatio</c> against a threshold, with a
/// negation flip.
/// </summary>
/// <remarks>
/// Predicts agree when the ratio is at least the threshold, other below it; when exactly one side holds a
/// negation word and the ratio reaches the threshold it predicts conflict instead (other on a 2-way data set).
/// The threshold is the one that maximises accuracy on the very split it is scored on (the smallest such one),
/// so the baseline is optimistic. Thread-safe.
/// </remarks>
public static class NaiveBaseline
{
    /// <summary>The words that flip an agreement into a conflict when only one side has them.</summary>
    public static readonly IReadOnlySet<string> NegationWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "not", "no", "never", "n't", "nobody", "nothing", "none", "neither", "nor", "without",
    };

    /// <summary>The features of one pair: the token-set ratio and whether exactly one side is negated.</summary>
    /// <param name="Ratio">FuzzySharp's token-set ratio, 0–100.</param>
    /// <param name="NegationMismatch">Whether exactly one of the texts holds a negation word.</param>
    public readonly record struct Features(int Ratio, bool NegationMismatch);

    /// <summary>Computes the features of a pair.</summary>
    public static Features Measure(string a, string b) => new(Fuzz.TokenSetRatio(a, b), HasNegation(a) != HasNegation(b));

    /// <summary>Predicts a label from a pair's features.</summary>
    /// <param name="f">The features.</param>
    /// <param name="threshold">The agree threshold, 0–100 (101 never agrees).</param>
    /// <param name="hasConflict">Whether the data set has a conflict class; if not, a flipped pair is other.</param>
    public static EvalLabel Predict(Features f, int threshold, bool hasConflict) =>
        f.Ratio < threshold ? EvalLabel.Other
        : !f.NegationMismatch ? EvalLabel.Agree
        : hasConflict ? EvalLabel.Conflict : EvalLabel.Other;

    /// <summary>Finds the threshold in 0–100 with the best accuracy on the given pairs (the smallest on ties).</summary>
    public static int BestThreshold(IReadOnlyList<Features> features, IReadOnlyList<EvalLabel> gold, bool hasConflict)
    {
        int best = 0, bestCorrect = -1;
        for (int t = 0; t <= 100; t++)
        {
            int correct = 0;
            for (int i = 0; i < features.Count; i++)
                if (Predict(features[i], t, hasConflict) == gold[i]) correct++;
            if (correct > bestCorrect) { best = t; bestCorrect = correct; }
        }
        return best;
    }

    /// <summary>Whether a text holds a negation word (case-insensitive; "don't" and "don’t" count as n't).</summary>
    public static bool HasNegation(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            int start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            if (i == start) break;
            var word = text[start..i].ToLowerInvariant().Replace('’', '\'');
            if (NegationWords.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’';
}
