namespace ClaimCheck.Benchmarks.Accuracy;

/// <summary>Precision, recall and F1 of one class.</summary>
/// <param name="Precision">Correct predictions of the class over all its predictions (0 when never predicted).</param>
/// <param name="Recall">Correct predictions of the class over its gold count (0 when absent).</param>
/// <param name="F1">Harmonic mean of precision and recall (0 when both are 0).</param>
public readonly record struct ClassScores(double Precision, double Recall, double F1);

/// <summary>A confusion matrix over a fixed label set, with the figures derived from it.</summary>
/// <remarks>Not thread-safe while adding; read-only use is safe.</remarks>
public sealed class Metrics
{
    private readonly int[,] _counts; // [gold, predicted]

    /// <summary>Creates an empty matrix.</summary>
    /// <param name="labels">The labels, in display order; every gold and predicted label must be one of them.</param>
    public Metrics(IReadOnlyList<EvalLabel> labels)
    {
        Labels = labels;
        _counts = new int[labels.Count, labels.Count];
    }

    /// <summary>The labels, in display order.</summary>
    public IReadOnlyList<EvalLabel> Labels { get; }

    /// <summary>Number of pairs counted.</summary>
    public int Total { get; private set; }

    /// <summary>Counts one prediction.</summary>
    public void Add(EvalLabel gold, EvalLabel predicted)
    {
        _counts[Index(gold), Index(predicted)]++;
        Total++;
    }

    /// <summary>Builds a matrix from parallel lists of gold and predicted labels.</summary>
    public static Metrics From(IReadOnlyList<EvalLabel> labels, IReadOnlyList<EvalLabel> gold, IReadOnlyList<EvalLabel> predicted)
    {
        var m = new Metrics(labels);
        for (int i = 0; i < gold.Count; i++) m.Add(gold[i], predicted[i]);
        return m;
    }

    /// <summary>How many pairs with gold <paramref name="gold"/> were predicted <paramref name="predicted"/>.</summary>
    public int Count(EvalLabel gold, EvalLabel predicted) => _counts[Index(gold), Index(predicted)];

    /// <summary>Fraction of pairs predicted correctly (0 for an empty matrix).</summary>
    public double Accuracy
    {
        get
        {
            int correct = 0;
            for (int i = 0; i < Labels.Count; i++) correct += _counts[i, i];
            return Total == 0 ? 0 : (double)correct / Total;
        }
    }

    /// <summary>Fraction of pairs whose gold label is the most frequent one: the score of always guessing it.</summary>
    public double MajorityAccuracy
    {
        get
        {
            int best = 0;
            for (int g = 0; g < Labels.Count; g++)
            {
                int row = 0;
                for (int p = 0; p < Labels.Count; p++) row += _counts[g, p];
                best = Math.Max(best, row);
            }
            return Total == 0 ? 0 : (double)best / Total;
        }
    }

    /// <summary>Precision, recall and F1 of one class.</summary>
    public ClassScores Scores(EvalLabel label)
    {
        int k = Index(label), tp = _counts[k, k], predicted = 0, gold = 0;
        for (int i = 0; i < Labels.Count; i++)
        {
            predicted += _counts[i, k];
            gold += _counts[k, i];
        }
        double p = predicted == 0 ? 0 : (double)tp / predicted;
        double r = gold == 0 ? 0 : (double)tp / gold;
        return new ClassScores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private int Index(EvalLabel label)
    {
        for (int i = 0; i < Labels.Count; i++)
            if (Labels[i] == label) return i;
        throw new ArgumentException($"label {label} is not one of {string.Join(", ", Labels)}", nameof(label));
    }
}
