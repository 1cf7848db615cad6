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
        new[] { -0.6959, -0.7763, 0.8122, 0.6367, 0.947, -0.0423, -1.1675, 0.013, 0.0641, 0.51, -0.1254, 0.0511, -1.9823, -0.6098, -0.3094, -0.6144, -1.8376, 4.4974, -0.2693, -2.2433, -2.4222, -1.5449, 0.4133, 0.2194, 1.1111, -1.5081, 0.5258, -3.0051, 0, 0.0971, -0.067, -0.047, 0.4571, -0.0566, 0.2693, -0.4104, -0.319, -0.0422, -0.1191, 2.8467, 0.691 },
        new[] { 2.8158, -0.9365, 0.2442, 0.625, -0.1948, -0.5768, -1.1467, -0.1962, -0.2137, -0.926, -0.8779, -0.2341, -0.8511, 1.3399, 0.2745, 0.5662, -2.1935, -5.8415, 0.5038, 3.2956, 1.8112, 0.5046, -0.4107, -0.5263, -2.0056, 2.1278, -0.7238, 5.4542, 0, -0.8327, -1.3154, -0.2143, -0.6474, -0.6933, -0.5038, 0.3029, -0.2493, 1.2227, 1.0783, 1.4676, 1.6207 },
        new[] { -2.1199, 1.7127, -1.0564, -1.2617, -0.7522, 0.6192, 2.3142, 0.1832, 0.1495, 0.416, 1.0032, 0.1829, 2.8335, -0.7301, 0.035, 0.0482, 4.031, 1.344, -0.2345, -1.0523, 0.611, 1.0403, -0.0026, 0.3069, 0.8945, -0.6197, 0.198, -2.4491, 0, 0.7355, 1.3824, 0.2613, 0.1903, 0.7499, 0.2345, 0.1074, 0.5682, -1.1804, -0.9592, -4.3143, -2.3116 },
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
