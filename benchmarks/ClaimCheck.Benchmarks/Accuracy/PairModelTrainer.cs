using System.Globalization;
using ClaimCheck.Articles;
using ClaimCheck.Comparison;

namespace ClaimCheck.Benchmarks.Accuracy;

/// <summary>
/// <c>train [--eval DIR] [--folds K] [--paraphrase-weight W[,W...]] [--l2 L[,L...]] [--drop FEATURE,...] [--rule-variants]</c>:
/// fits the weights of <see cref="PairModel"/> (multinomial logistic regression with L2; every data set weighs the
/// same in total, the 2-way paraphrase set W times) on the training splits, reports K-fold cross-validated and
/// in-sample accuracy, agree-F1 and conflict-F1 per data set under the shipped decision rule, and prints the
/// weights to paste into <c>src/ClaimCheck/Comparison/PairModel.cs</c>.
/// </summary>
public static class PairModelTrainer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int RunCommand(string[] args, TextWriter output, TextWriter error)
    {
        string? eval = null;
        int folds = 5;
        double[] paraphraseWeights = { DefaultParaphraseWeight };
        double[] penalties = { DefaultL2 };
        var drop = new HashSet<string>(StringComparer.Ordinal);
        bool variants = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--eval" && i + 1 < args.Length) eval = args[++i];
            else if (args[i] == "--folds" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, Inv, out folds)) i++;
            else if (args[i] == "--paraphrase-weight" && i + 1 < args.Length && Numbers(args[i + 1]) is { } pw) { paraphraseWeights = pw; i++; }
            else if (args[i] == "--l2" && i + 1 < args.Length && Numbers(args[i + 1]) is { } l2) { penalties = l2; i++; }
            else if (args[i] == "--rule-variants") variants = true;
            else if (args[i] == "--drop" && i + 1 < args.Length) drop.UnionWith(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            else
            {
                error.WriteLine($"train: unexpected argument '{args[i]}'; usage: train [--eval DIR] [--folds K] [--paraphrase-weight W[,W...]] [--l2 L[,L...]] [--drop FEATURE,...] [--rule-variants]");
                return 2;
            }
        }
        var unknown = drop.Where(d => !PairModel.FeatureNames.Contains(d)).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"train: unknown feature(s) {string.Join(", ", unknown)}");
            return 2;
        }
        eval ??= EvalDataSets.FindEvalFolder();
        if (eval is null)
        {
            output.WriteLine("train: no shared/eval folder found; nothing to train on");
            return 0;
        }
        var sets = EvalDataSets.ReadAll(eval, 0, n => output.WriteLine("train: " + n));
        var (x, y, set, rules) = Features(sets);
        // an ablation: a dropped feature is held at 0, so it gets no weight
        foreach (var name in drop)
        {
            int j = PairModel.FeatureNames.IndexOf(name);
            foreach (var row in x) row[j] = 0;
        }
        output.WriteLine($"train: {x.Length} pairs, {PairModel.FeatureNames.Length} features{(drop.Count > 0 ? $" ({drop.Count} dropped: {string.Join(", ", drop)})" : "")}");
        // with several settings, each is cross-validated; the first one is fitted on everything and printed
        foreach (double pw in paraphraseWeights)
            foreach (double l2 in penalties)
            {
                var weight = Weights(sets, set, pw);
                string setting = $"paraphrase weight {pw.ToString(Inv)}, l2 {l2.ToString(Inv)}";
                output.WriteLine($"train: {setting}");
                if (folds <= 1) continue;
                var predicted = new int[x.Length];
                var plain = new int[x.Length];
                var cv = new double[x.Length][][];
                for (int f = 0; f < folds; f++)
                {
                    var trainIdx = Enumerable.Range(0, x.Length).Where(i => i % folds != f).ToArray();
                    var w = Fit(x, y, weight, trainIdx, l2);
                    for (int i = f; i < x.Length; i += folds)
                    {
                        cv[i] = w;
                        predicted[i] = Decide(x[i], w, rules[i], sets[set[i]].HasConflict);
                        plain[i] = Decide(x[i], w, null, sets[set[i]].HasConflict);
                    }
                }
                Report(output, $"{folds}-fold CV", sets, y, set, predicted);
                Report(output, $"{folds}-fold CV, model alone", sets, y, set, plain);
                if (!variants) continue;
                foreach (var rule in new SlotComparer.DecisionRule[] { new(2, 2, 0.6, false), new(2, 2, 0.6, true), new(0.5, 1, 0.6, true), new(0.5, 0.5, 0.6, true), new(0.7, 1, 0.6, true), new(0.5, 1, 0, true), new(0.5, 0, 0, true) })
                    Report(output, $"{folds}-fold CV, {rule.ClashYield}/{rule.ClashYieldLength}/{rule.MatchHolds}/{rule.MatchYieldsToConflict}", sets, y, set,
                        Enumerable.Range(0, x.Length).Select(i => Decide(x[i], cv[i], rules[i], sets[set[i]].HasConflict, rule)).ToArray());
            }
        var final = Fit(x, y, Weights(sets, set, paraphraseWeights[0]), Enumerable.Range(0, x.Length).ToArray(), penalties[0]);
        Report(output, "in-sample", sets, y, set, Enumerable.Range(0, x.Length).Select(i => Decide(x[i], final, rules[i], sets[set[i]].HasConflict)).ToArray());
        output.WriteLine($"train: weights for paraphrase weight {paraphraseWeights[0].ToString(Inv)}, l2 {penalties[0].ToString(Inv)} (rows agree, conflict, other; columns " + string.Join(", ", PairModel.FeatureNames) + "):");
        output.Write(PairModel.Format(final));
        return 0;
    }

    /// <summary>How much more a pair of the paraphrase set weighs than one of a 3-way set of the same size: its "not agree" class is the subtlest.</summary>
    private const double DefaultParaphraseWeight = 6;

    /// <summary>The L2 penalty on the standardised weights.</summary>
    private const double DefaultL2 = 1e-3;

    private static double[]? Numbers(string list)
    {
        var parts = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, Inv, out values[i])) return null;
        return values.Length == 0 ? null : values;
    }

    /// <summary>Sample weights: every data set weighs the same in total, the 2-way paraphrase set <paramref name="paraphraseWeight"/> times as much (6 by default: below it the paraphrase set loses accuracy fast, above it the two 3-way sets do).</summary>
    private static double[] Weights(IReadOnlyList<EvalDataSet> sets, int[] set, double paraphraseWeight) =>
        set.Select(s => 4000.0 / sets[s].Pairs.Count * (sets[s].HasConflict ? 1 : paraphraseWeight)).ToArray();

    private static void Report(TextWriter output, string what, IReadOnlyList<EvalDataSet> sets, int[] y, int[] set, int[] predicted)
    {
        for (int s = 0; s < sets.Count; s++)
        {
            var idx = Enumerable.Range(0, y.Length).Where(i => set[i] == s).ToArray();
            double acc = idx.Count(i => predicted[i] == y[i]) / (double)idx.Length;
            string line = $"train: {sets[s].Name,-9} {what,-26} accuracy {acc:0.000}  agree-F1 {F1(idx, y, predicted, 0):0.000}";
            if (sets[s].HasConflict) line += $"  conflict-F1 {F1(idx, y, predicted, 1):0.000}";
            output.WriteLine(line);
        }
    }

    private static double F1(int[] idx, int[] y, int[] predicted, int k)
    {
        int tp = idx.Count(i => y[i] == k && predicted[i] == k), fp = idx.Count(i => y[i] != k && predicted[i] == k), fn = idx.Count(i => y[i] == k && predicted[i] != k);
        return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    /// <summary>The predicted class as <see cref="SlotComparer.ComparePair"/> decides it (with the rule verdict, when given): 0 agree, 1 conflict, 2 other (conflict is folded into other for 2-way data).</summary>
    private static int Decide(double[] x, double[][] w, ClaimComparison? rule, bool threeWay) => Decide(x, w, rule, threeWay, SlotComparer.DecisionRule.Default);

    private static int Decide(double[] x, double[][] w, ClaimComparison? rule, bool threeWay, SlotComparer.DecisionRule decision)
    {
        var (a, c, o) = PairModel.Predict(x, w);
        int k;
        if (rule is not null)
        {
            var v = SlotComparer.Decide(rule, x, a, c, o, decision).Verdict;
            k = v == PairVerdict.Agree ? 0 : v == PairVerdict.Conflict ? 1 : 2;
        }
        else k = c >= a && c >= o ? 1 : a >= o ? 0 : 2;
        return !threeWay && k == 1 ? 2 : k;
    }

    private static (double[][] X, int[] Y, int[] Set, ClaimComparison[] Rules) Features(IReadOnlyList<EvalDataSet> sets)
    {
        var pipeline = CrossCheckPipeline.Default;
        var comparer = (SlotComparer)pipeline.Comparer;
        var rows = new List<(double[] X, int Y, int Set, ClaimComparison Rule)>();
        for (int s = 0; s < sets.Count; s++)
        {
            var pairs = sets[s].Pairs;
            var xs = new (ClaimComparison Rule, double[] Features)[pairs.Count];
            Parallel.For(0, pairs.Count, i =>
            {
                var ca = pipeline.Analyze(new Article("a", pairs[i].TextA)).Claims;
                var cb = pipeline.Analyze(new Article("b", pairs[i].TextB)).Claims;
                xs[i] = comparer.PairEvidence(ca, cb, pairs[i].TextA, pairs[i].TextB);
            });
            for (int i = 0; i < pairs.Count; i++)
                rows.Add((xs[i].Features, pairs[i].Gold switch { EvalLabel.Agree => 0, EvalLabel.Conflict => 1, _ => 2 }, s, xs[i].Rule));
        }
        return (rows.Select(r => r.X).ToArray(), rows.Select(r => r.Y).ToArray(), rows.Select(r => r.Set).ToArray(), rows.Select(r => r.Rule).ToArray());
    }

    /// <summary>
    /// Multinomial logistic regression by Newton's method on standardised features (L2 on all but the bias);
    /// returns weights for the raw features. Deterministic; unlike gradient descent it does not stall or
    /// oscillate when features are strongly correlated (the n-gram overlaps are).
    /// </summary>
    private static double[][] Fit(double[][] x, int[] y, double[] weight, int[] idx, double l2)
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
        var w = Newton(z, y, weight, idx, wsum, l2);
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

    /// <summary>Newton iterations with step halving on the weighted mean log-loss plus (l2/2)·|w|² (bias excluded).</summary>
    private static double[][] Newton(double[][] z, int[] y, double[] weight, int[] idx, double wsum, double l2)
    {
        const int K = 3;
        int d = z[0].Length, n = K * d;
        var w = new double[K][];
        for (int k = 0; k < K; k++) w[k] = new double[d];
        double loss = Loss(z, y, weight, idx, wsum, l2, w);
        var h = new double[n, n];
        var g = new double[n];
        var p = new double[K];
        for (int iter = 0; iter < 25; iter++)
        {
            Array.Clear(h);
            Array.Clear(g);
            for (int m = 0; m < z.Length; m++)
            {
                int i = idx[m];
                var zn = z[m];
                var (pa, pc, po) = PairModel.Predict(zn, w);
                p[0] = pa; p[1] = pc; p[2] = po;
                double wi = weight[i] / wsum;
                for (int k = 0; k < K; k++)
                {
                    double err = (p[k] - (y[i] == k ? 1 : 0)) * wi;
                    for (int j = 0; j < d; j++) g[k * d + j] += err * zn[j];
                    for (int l = k; l < K; l++)
                    {
                        double c = wi * ((k == l ? p[k] : 0) - p[k] * p[l]);
                        int rk = k * d, rl = l * d;
                        for (int j = 0; j < d; j++)
                        {
                            double cz = c * zn[j];
                            for (int q = (k == l ? j : 0); q < d; q++) h[rk + j, rl + q] += cz * zn[q];
                        }
                    }
                }
            }
            // fill the symmetric halves, add the penalty (a tiny one on the biases keeps the system definite)
            for (int k = 0; k < K; k++)
                for (int l = k; l < K; l++)
                    for (int j = 0; j < d; j++)
                        for (int q = (k == l ? j : 0); q < d; q++)
                        {
                            h[l * d + q, k * d + j] = h[k * d + j, l * d + q];
                        }
            for (int k = 0; k < K; k++)
                for (int j = 0; j < d; j++)
                {
                    double lam = j == 0 ? 1e-6 : l2;
                    h[k * d + j, k * d + j] += lam;
                    g[k * d + j] += lam * w[k][j];
                }
            var step = Solve(h, g);
            double t = 1;
            double[][] next = w;
            double nextLoss = loss;
            for (int half = 0; half < 30; half++, t /= 2)
            {
                next = new double[K][];
                for (int k = 0; k < K; k++)
                {
                    next[k] = new double[d];
                    for (int j = 0; j < d; j++) next[k][j] = w[k][j] - t * step[k * d + j];
                }
                nextLoss = Loss(z, y, weight, idx, wsum, l2, next);
                if (nextLoss <= loss) break;
            }
            if (nextLoss > loss) break;
            w = next;
            bool done = loss - nextLoss < 1e-8;
            loss = nextLoss;
            if (done) break;
        }
        return w;
    }

    private static double Loss(double[][] z, int[] y, double[] weight, int[] idx, double wsum, double l2, double[][] w)
    {
        double loss = 0;
        for (int m = 0; m < z.Length; m++)
        {
            int i = idx[m];
            var (pa, pc, po) = PairModel.Predict(z[m], w);
            double p = y[i] == 0 ? pa : y[i] == 1 ? pc : po;
            loss -= weight[i] / wsum * Math.Log(Math.Max(p, 1e-300));
        }
        for (int k = 0; k < w.Length; k++)
            for (int j = 0; j < w[k].Length; j++)
                loss += 0.5 * (j == 0 ? 1e-6 : l2) * w[k][j] * w[k][j];
        return loss;
    }

    /// <summary>Solves the symmetric positive definite system h·s = g by Cholesky decomposition (h is overwritten).</summary>
    private static double[] Solve(double[,] h, double[] g)
    {
        int n = g.Length;
        for (int j = 0; j < n; j++)
        {
            double sum = h[j, j];
            for (int k = 0; k < j; k++) sum -= h[j, k] * h[j, k];
            h[j, j] = Math.Sqrt(Math.Max(sum, 1e-12));
            for (int i = j + 1; i < n; i++)
            {
                double s = h[i, j];
                for (int k = 0; k < j; k++) s -= h[i, k] * h[j, k];
                h[i, j] = s / h[j, j];
            }
        }
        var v = new double[n];
        for (int i = 0; i < n; i++)
        {
            double s = g[i];
            for (int k = 0; k < i; k++) s -= h[i, k] * v[k];
            v[i] = s / h[i, i];
        }
        for (int i = n - 1; i >= 0; i--)
        {
            double s = v[i];
            for (int k = i + 1; k < n; k++) s -= h[k, i] * v[k];
            v[i] = s / h[i, i];
        }
        return v;
    }
}
