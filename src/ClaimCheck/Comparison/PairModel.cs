using System.Collections.Immutable;
using System.Globalization;

namespace ClaimCheck.Comparison;

/// <summary>
/// The calibrated decision for free-standing statement pairs: a multinomial logistic model over the engine's own
/// evidence (alignment scores, slot clashes and matches, negation, antonyms, hedges, FuzzySharp token scores).
/// </summary>
/// <remarks>
/// The features are computed by <see cref="SlotComparer"/> — the same engine the corpus cross-check uses; only the
/// final weighing of the evidence is learned. Weights were fitted on the public training splits (MRPC, SICK,
/// Emergent) with <c>dotnet run -c Release --project benchmarks/ClaimCheck.Benchmarks -- train</c> and are plain
/// data here; the held-out splits were never used. Immutable and thread-safe.
/// </remarks>
public static class PairModel
{
    /// <summary>The names of the features, in vector order.</summary>
    public static ImmutableArray<string> FeatureNames { get; } = ImmutableArray.Create(
        "bias", "bestScore", "wholeScore", "wholeDice", "wholeContainment", "extraMin", "extraMax", "polarityDiffers",
        "negatedSharedEvent", "antonym", "quantityClash", "quantityMatch", "dateClash", "dateMatch", "modalityClash",
        "fuzzTokenSet", "fuzzTokenSort", "shortLength", "lengthRatio", "polarityDiffersXScore", "antonymXScore",
        "wholeScoreSquared", "ruleConflict", "ruleAgree", "hedgeMax", "hedgeDiff", "denialMax", "denialDiff", "actorClash",
        "unigramDice", "bigramDice", "numberMismatch", "numberMatch", "nameDice", "lengthDifference",
        "wordExtraMin", "wordExtraMax", "unigramDiceSquared", "bigramDiceSquared", "tokenSortSquared", "extraMaxSquared");

    /// <summary>Class order of the weight rows.</summary>
    public static ImmutableArray<PairVerdict> Classes { get; } = ImmutableArray.Create(PairVerdict.Agree, PairVerdict.Conflict, PairVerdict.Unrelated);

    // Rows: agree, conflict, other. Fitted by the benchmarks' `train` command (see remarks).
    private static readonly double[][] Weights =
    {
        new[] { -0.7012, -0.7519, 0.7728, 0.6855, 0.8158, -0.1096, -1.0245, 0.033, 0.0916, 0.5232, -0.1508, 0.0439, -2.0108, -0.6441, -0.3163, -0.6683, -1.5049, 4.3356, -0.3418, -2.3066, -2.4137, -1.3473, 0.3767, 0.1933, 1.1278, -1.6538, 0.5253, -3.008, 0, 0.3089, -0.0744, -0.0303, 0.4713, -0.1145, 0.3418, -0.2993, -0.3587, -0.1858, -0.0352, 2.4947, 0.661 },
        new[] { 2.6406, -0.9728, 0.2189, 0.6142, -0.2332, -0.6483, -1.0803, -0.1959, -0.2246, -0.9176, -0.868, -0.2379, -0.9298, 1.4087, 0.3759, 0.5237, -2.0437, -5.3758, 0.508, 3.3357, 1.7719, 0.471, -0.3651, -0.494, -2.0527, 2.208, -0.683, 5.5053, 0, -0.804, -1.181, -0.2137, -0.6501, -0.6999, -0.508, 0.222, -0.2065, 1.1588, 0.9707, 1.363, 1.5402 },
        new[] { -1.9394, 1.7247, -0.9917, -1.2997, -0.5826, 0.7579, 2.1048, 0.1629, 0.133, 0.3944, 1.0187, 0.1939, 2.9406, -0.7646, -0.0596, 0.1447, 3.5486, 1.0402, -0.1662, -1.0291, 0.6418, 0.8763, -0.0115, 0.3007, 0.9249, -0.5542, 0.1577, -2.4973, 0, 0.4951, 1.2554, 0.244, 0.1788, 0.8144, 0.1662, 0.0773, 0.5652, -0.973, -0.9355, -3.8577, -2.2012 },
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
