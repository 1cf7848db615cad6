using System.Collections.Immutable;
using System.Globalization;

namespace ClaimCheck.Comparison;

/// <summary>
/// The calibrated decision for free-standing statement pairs: a multinomial logistic model over the engine's own
/// evidence (alignment scores, slot clashes and matches, negation, antonyms, hedges, FuzzySharp token scores) and
/// surface evidence in the manner of MT metrics (lemma n-gram precision both ways, BLEU, weighted content coverage,
/// longest common subsequence, word edit similarity, numbers with rounding tolerance, names).
/// </summary>
/// <remarks>
/// The features are computed by <see cref="SlotComparer"/> — the same engine the corpus cross-check uses; only the
/// final weighing of the evidence is learned. Weights were fitted on the public training splits (MRPC, SICK,
/// Emergent) with <c>dotnet run -c Release --project benchmarks/ClaimCheck.Benchmarks -- train</c> and are plain
/// data here; the held-out splits were never used. One model serves every kind of text: a headline-style gate and a
/// length gate repeat the main evidence for title-case headlines and for long (newswire) statements, so that each
/// gets its own decision boundary. Immutable and thread-safe.
/// </remarks>
public static class PairModel
{
    private static readonly string[] BaseNames =
    {
        "bias", "bestScore", "wholeScore", "wholeDice", "wholeContainment", "extraMin", "extraMax", "polarityDiffers",
        "negatedSharedEvent", "antonym", "quantityClash", "quantityMatch", "dateClash", "dateMatch", "modalityClash",
        "fuzzTokenSet", "fuzzTokenSort", "shortLength", "lengthRatio", "polarityDiffersXScore", "antonymXScore",
        "wholeScoreSquared", "ruleConflict", "ruleAgree", "hedgeMax", "hedgeDiff", "denialMax", "denialDiff", "actorClash",
        "unigramDice", "bigramDice", "numberMismatch", "numberMatch", "nameDice", "lengthDifference",
        "wordExtraMin", "wordExtraMax", "unigramDiceSquared", "bigramDiceSquared", "tokenSortSquared", "extraMaxSquared",
        "p1Min", "p1Max", "p2Min", "p2Max", "p3Min", "p3Max", "p4Min", "p4Max", "bleuMin", "bleuMax", "coverMin", "coverMax",
        "uncoveredMin", "uncoveredMax", "lcsMin", "lcsMax", "numberSubset", "numberDisjoint", "numberOneSided", "namesUnmatched",
        "editSimilarity", "longPair",
        "headline", "headlineXP1Max", "headlineXCoverMin", "headlineXCoverMax", "headlineXWholeScore", "headlineXBestScore", "headlineXHedgeMax", "headlineXDenialMax",
    };

    /// <summary>The features that come a second time multiplied by <c>longPair</c> (the shorter statement's length, 0 up to 9 words, 1 from 17).</summary>
    internal static readonly int[] LengthGated =
    {
        1, 2, 3, 4, 5, 6, 15, 16, 29, 30, 31, 32, 33, 34, 35, 36,
        41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61,
    };

    /// <summary>Where the length-gated copies start in the vector.</summary>
    internal static int LengthGatedStart => BaseNames.Length;

    /// <summary>The names of the features, in vector order.</summary>
    public static ImmutableArray<string> FeatureNames { get; } =
        BaseNames.Concat(LengthGated.Select(i => "longX" + char.ToUpperInvariant(BaseNames[i][0]) + BaseNames[i][1..])).ToImmutableArray();

    /// <summary>Class order of the weight rows.</summary>
    public static ImmutableArray<PairVerdict> Classes { get; } = ImmutableArray.Create(PairVerdict.Agree, PairVerdict.Conflict, PairVerdict.Unrelated);

    // Rows: agree, conflict, other. Fitted by the benchmarks' `train` command (see remarks).
    private static readonly double[][] Weights =
    {
        new[] { -0.4617, -1.1159, 0.6116, 0.3974, 0.8003, 0.0998, -1.4213, -0.0159, 0.0511, 0.4768, -0.0894, 0.0357, -2.2401, -0.9154, -0.5796, -0.744, 0.9247, 0.7885, -0.5291, -2.1328, -2.4451, -0.8806, 0.3743, 0.2035, 1.0566, -0.781, 0.1123, -2.7462, 0, 0.6256, -0.7281, -0.0896, 0.4203, -0.4155, 0.5291, 0.2496, -0.7085, 0.9268, -0.044, 0.3847, 0.5516, 0.7197, -0.2016, 0.0802, 0.6501, -0.5658, -0.1179, -0.547, 0.6635, 0.3293, -0.0771, -0.6246, 0.5422, 0.7487, 1.8648, 0.504, -0.5743, -0.0591, -0.337, 0.0951, -0.766, 0.1632, -0.0838, 0.3488, 0.1339, -0.0108, -0.273, 0.3318, -0.287, -1.7704, 0.8084, 0.5694, -0.1346, -0.6248, 0.3703, -0.568, 0.5298, -0.025, 0.2617, -0.2652, 0.6558, 0.1832, 0.0812, 0.136, 0.0992, -1.0673, -0.0586, 2.1825, 0.6666, 0.7144, -0.7398, 0.5024, -0.7063, 0.0274, -0.4807, 0.0906, -1.0377, -1.2993, -0.7143, -0.6217, 0.3366, 0.9801, -0.1189, 0.4197, 0.2912, 0.0013, 0.1186, 1.2098 },
        new[] { -0.7473, -0.5674, 0.2063, 0.5795, -0.2234, -0.6602, -0.4039, -0.1703, -0.0663, -0.5381, -0.301, -0.0768, -0.6747, 1.9822, 1.4676, 1.8228, -1.7444, -1.1887, -0.103, 3.2951, 1.364, 0.6209, -0.551, -0.4242, -1.7842, 1.4852, -0.6139, 5.126, 0, -1.0325, -0.0723, -0.3792, -0.3892, -0.0576, 0.103, -0.0523, 1.1202, 0.3591, 1.8652, 0.8752, 0.9219, -0.508, -0.6867, -0.1187, -0.0735, -0.0248, -0.0075, 0.2364, -0.4373, 0.292, -0.0969, 0.8078, 0.5948, 0.7163, -2.1455, -0.0604, -0.9152, -0.201, 0.2347, 0.5141, 1.2112, 0.0399, 0.1207, 0.2573, 0.1885, -0.8339, 0.0697, -0.2284, -0.2955, 0.7297, 0.4167, -0.2629, -0.0446, 0.0695, -0.1603, 1.6753, -0.3781, -0.0063, 0.1483, 0.0942, -0.536, -0.5872, -0.6305, 0.7013, -0.748, 1.5799, -0.4365, 0.0852, -0.2908, -0.1795, -0.7361, 0.0575, -0.6132, 0.2178, -0.5092, 0.1362, -0.4317, 0.4639, -0.1783, -1.3523, -2.2137, 0.1249, -0.3058, -0.3295, -0.3802, -0.1149, 0.8245, 0.4769 },
        new[] { 1.209, 1.6833, -0.8179, -0.9769, -0.5769, 0.5605, 1.8252, 0.1862, 0.0151, 0.0613, 0.3905, 0.0412, 2.9147, -1.0668, -0.888, -1.0788, 0.8198, 0.4002, 0.632, -1.1623, 1.0811, 0.2597, 0.1767, 0.2206, 0.7275, -0.7042, 0.5016, -2.3799, 0, 0.4069, 0.8004, 0.4688, -0.0311, 0.4731, -0.632, -0.1974, -0.4116, -1.2859, -1.8211, -1.2599, -1.4735, -0.2117, 0.8884, 0.0385, -0.5765, 0.5906, 0.1254, 0.3107, -0.2261, -0.6213, 0.1739, -0.1833, -1.137, -1.465, 0.2807, -0.4436, 1.4895, 0.2602, 0.1023, -0.6092, -0.4452, -0.2031, -0.037, -0.6061, -0.3223, 0.8446, 0.2032, -0.1033, 0.5825, 1.0407, -1.2251, -0.3065, 0.1792, 0.5553, -0.21, -1.1074, -0.1517, 0.0312, -0.41, 0.171, -0.1198, 0.404, 0.5493, -0.8373, 0.6488, -0.5126, 0.4951, -2.2676, -0.3758, -0.5349, 1.4759, -0.5599, 1.3195, -0.2452, 0.9899, -0.2268, 1.4694, 0.8354, 0.8926, 1.974, 1.8771, -1.105, 0.4247, -0.0902, 0.089, 0.1136, -0.9431, -1.6867 },
    };

    internal static double[][] CurrentWeights => Weights;

    /// <summary>Class probabilities (agree, conflict, other) for a feature vector.</summary>
    /// <param name="features">A vector in <see cref="FeatureNames"/> order.</param>
    /// <returns>The three probabilities, summing to 1.</returns>
    public static (double Agree, double Conflict, double Other) Predict(ReadOnlySpan<double> features) => Predict(features, Weights);

    internal static (double Agree, double Conflict, double Other) Predict(ReadOnlySpan<double> x, double[][] w)
    {
        Span<double> z = stackalloc double[3];
        double max = double.NegativeInfinity;
        for (int k = 0; k < 3; k++)
        {
            double s = 0;
            for (int j = 0; j < x.Length && j < w[k].Length; j++) s += w[k][j] * x[j];
            z[k] = s;
            max = Math.Max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < 3; k++) { z[k] = Math.Exp(z[k] - max); sum += z[k]; }
        return (z[0] / sum, z[1] / sum, z[2] / sum);
    }

    internal static string Format(double[][] w)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var row in w)
            sb.Append("        new[] { ").Append(string.Join(", ", row.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture)))).AppendLine(" },");
        return sb.ToString();
    }
}
