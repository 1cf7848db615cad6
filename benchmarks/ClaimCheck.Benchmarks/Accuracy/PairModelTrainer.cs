using System.Globalization;
using ClaimCheck.Articles;
using ClaimCheck.Comparison;

namespace ClaimCheck.Benchmarks.Accuracy;

/// <summary>
/// <c>train [--eval DIR] [--folds K]</c>: fits the weights of <see cref="PairModel"/> (multinomial logistic
/// regression with L2, data sets weighted equally) on the training splits, reports K-fold cross-validated
/// accuracy per data set, and prints the weights to paste into <c>src/ClaimCheck/Comparison/PairModel.cs</c>.
/// </summary>
public static class PairModelTrainer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int RunCommand(string[] args, TextWriter output, TextWriter error)
    {
        string? eval = null;
        int folds = 5;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--eval" && i + 1 < args.Length) eval = args[++i];
            else if (args[i] == "--folds" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, Inv, out folds)) i++;
            else
            {
                error.WriteLine($"train: unexpected argument '{args[i]}'; usage: train [--eval DIR] [--folds K]");
                return 2;
            }
        }
        eval ??= EvalDataSets.FindEvalFolder();
        if (eval is null)
        {
            output.WriteLine("train: no shared/eval folder found; nothing to train on");
            return 0;
        }
        var sets = EvalDataSets.ReadAll(eval, 0, n => output.WriteLine("train: " + n));
        var (x, y, set, weight) = Features(sets);
        output.WriteLine($"train: {x.Length} pairs, {PairModel.FeatureNames.Length} features");
        if (folds > 1)
        {
            var correct = new int[sets.Count];
            var total = new int[sets.Count];
            for (int f = 0; f < folds; f++)
            {
                var trainIdx = Enumerable.Range(0, x.Length).Where(i => i % folds != f).ToArray();
                var w = Fit(x, y, weight, trainIdx);
                for (int i = f; i < x.Length; i += folds)
                {
                    total[set[i]]++;
                    if (Decide(x[i], w, sets[set[i]].HasConflict) == y[i]) correct[set[i]]++;
                }
            }
            for (int s = 0; s < sets.Count; s++)
                output.WriteLine($"train: {sets[s].Name,-9} {folds}-fold cross-validated accuracy {(double)correct[s] / total[s]:0.000}");
        }
        var final = Fit(x, y, weight, Enumerable.Range(0, x.Length).ToArray());
        output.WriteLine("train: weights (rows agree, conflict, other; columns " + string.Join(", ", PairModel.FeatureNames) + "):");
        output.Write(PairModel.Format(final));
        return 0;
    }

    /// <summary>The predicted class: 0 agree, 1 conflict, 2 other (conflict is folded into other for 2-way data).</summary>
    private static int Decide(double[] x, double[][] w, bool threeWay)
    {
        var (a, c, o) = PairModel.Predict(x, w);
        int k = c >= a && c >= o ? 1 : a >= o ? 0 : 2;
        return !threeWay && k == 1 ? 2 : k;
    }

    private static (double[][] X, int[] Y, int[] Set, double[] Weight) Features(IReadOnlyList<EvalDataSet> sets)
    {
        var pipeline = CrossCheckPipeline.Default;
        var comparer = (SlotComparer)pipeline.Comparer;
        var rows = new List<(double[] X, int Y, int Set, double W)>();
        for (int s = 0; s < sets.Count; s++)
        {
            var pairs = sets[s].Pairs;
            var xs = new double[pairs.Count][];
            Parallel.For(0, pairs.Count, i =>
            {
                var ca = pipeline.Analyze(new Article("a", pairs[i].TextA)).Claims;
                var cb = pipeline.Analyze(new Article("b", pairs[i].TextB)).Claims;
                xs[i] = comparer.PairEvidence(ca, cb, pairs[i].TextA, pairs[i].TextB).Features;
            });
            // every data set weighs the same, but the paraphrase set four times: its "not agree" class is the subtlest
            double w = 4000.0 / pairs.Count * (sets[s].HasConflict ? 1 : 4);
            for (int i = 0; i < pairs.Count; i++)
                rows.Add((xs[i], pairs[i].Gold switch { EvalLabel.Agree => 0, EvalLabel.Conflict => 1, _ => 2 }, s, w));
        }
        return (rows.Select(r => r.X).ToArray(), rows.Select(r => r.Y).ToArray(), rows.Select(r => r.Set).ToArray(), rows.Select(r => r.W).ToArray());
    }

    /// <summary>
    /// Multinomial logistic regression by full-batch gradient descent with momentum on standardised features
    /// (L2 on all but the bias); returns weights for the raw features. Deterministic.
    /// </summary>
    private static double[][] Fit(double[][] x, int[] y, double[] weight, int[] idx, int epochs = 2500, double rate = 0.5, double l2 = 1e-3)
    {
        int d = x[0].Length;
        var mean = new double[d];
        var sd = new double[d];
        double wsum = idx.Sum(i => weight[i]);
        for (int j = 1; j < d; j++)
        {
            foreach (int i in idx) mean[j] += x[i][j] * weight[i];
            mean[j] /= wsum;
            foreach (int i in idx) sd[j] += weight[i] * (x[i][j] - mean[j]) * (x[i][j] - mean[j]);
            sd[j] = Math.Sqrt(sd[j] / wsum);
            if (sd[j] < 1e-9) sd[j] = 1;
        }
        var z = idx.Select(i => { var r = new double[d]; r[0] = 1; for (int j = 1; j < d; j++) r[j] = (x[i][j] - mean[j]) / sd[j]; return r; }).ToArray();
        var w = new double[3][];
        var v = new double[3][];
        var grad = new double[3][];
        for (int k = 0; k < 3; k++) { w[k] = new double[d]; v[k] = new double[d]; grad[k] = new double[d]; }
        var p = new double[3];
        for (int e = 0; e < epochs; e++)
        {
            foreach (var g in grad) Array.Clear(g);
            for (int n = 0; n < z.Length; n++)
            {
                int i = idx[n];
                var (pa, pc, po) = PairModel.Predict(z[n], w);
                p[0] = pa; p[1] = pc; p[2] = po;
                for (int k = 0; k < 3; k++)
                {
                    double err = (p[k] - (y[i] == k ? 1 : 0)) * weight[i];
                    var gk = grad[k];
                    var zn = z[n];
                    for (int j = 0; j < d; j++) gk[j] += err * zn[j];
                }
            }
            for (int k = 0; k < 3; k++)
                for (int j = 0; j < d; j++)
                {
                    double g = grad[k][j] / wsum + (j == 0 ? 0 : l2 * w[k][j]);
                    v[k][j] = 0.9 * v[k][j] - rate * g;
                    w[k][j] += v[k][j];
                }
        }
        // back to raw features: w·z = w0 + Σ wj (xj - mj)/sj
        var raw = new double[3][];
        for (int k = 0; k < 3; k++)
        {
            raw[k] = new double[d];
            raw[k][0] = w[k][0];
            for (int j = 1; j < d; j++)
            {
                raw[k][j] = w[k][j] / sd[j];
                raw[k][0] -= w[k][j] * mean[j] / sd[j];
            }
        }
        return raw;
    }
}
