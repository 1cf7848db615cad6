using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCheck.Comparison;

namespace ClaimCheck.Benchmarks.Accuracy;

/// <summary>
/// <c>accuracy [--eval DIR] [--limit N] [--dump FILE]</c>: scores <see cref="CrossCheckPipeline.Compare"/> and the
/// <see cref="NaiveBaseline"/> on the public pair data sets and prints accuracy, per-class P/R/F1, time per
/// pair and confusion matrices.
/// </summary>
public sealed class AccuracySuite
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly TextWriter _out;
    private readonly CrossCheckPipeline _pipeline;

    /// <summary>Creates the suite.</summary>
    /// <param name="output">Where the report goes.</param>
    /// <param name="pipeline">The pipeline to score.</param>
    public AccuracySuite(TextWriter output, CrossCheckPipeline pipeline)
    {
        _out = output;
        _pipeline = pipeline;
    }

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int RunCommand(string[] args, TextWriter output, TextWriter error)
    {
        string? eval = null, dump = null;
        int limit = 0;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--eval" when i + 1 < args.Length: eval = args[++i]; break;
                case "--dump" when i + 1 < args.Length: dump = args[++i]; break;
                case "--limit" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, Inv, out limit): i++; break;
                default:
                    error.WriteLine($"accuracy: unexpected argument '{args[i]}'; usage: accuracy [--eval DIR] [--limit N] [--dump FILE]");
                    return 2;
            }
        }
        if (eval is not null && !Directory.Exists(eval))
        {
            error.WriteLine($"accuracy: no such folder '{eval}'");
            return 2;
        }
        eval ??= EvalDataSets.FindEvalFolder();
        if (eval is null)
        {
            output.WriteLine("accuracy: no shared/eval folder found above the current or the program's directory; nothing to score (pass --eval DIR)");
            return 0;
        }
        var sets = EvalDataSets.ReadAll(eval, limit, n => output.WriteLine("accuracy: " + n));
        var results = new AccuracySuite(output, CrossCheckPipeline.Default).Run(sets);
        if (dump is not null) WriteDump(dump, results);
        return 0;
    }

    /// <summary>Scores every data set and prints the report and a summary.</summary>
    /// <returns>The per-pair predictions of each data set.</returns>
    public IReadOnlyList<DataSetResult> Run(IReadOnlyList<EvalDataSet> sets)
    {
        _out.WriteLine($"accuracy: {Environment.ProcessorCount} cores; µs/pair is single-core time per call");
        Warm();
        var results = sets.Select(Score).ToList();
        PrintSummary(results);
        return results;
    }

    /// <summary>The predictions and figures of one data set.</summary>
    public sealed record DataSetResult(
        EvalDataSet Set,
        ClaimComparison[] Comparisons,
        EvalLabel[] Predicted,
        Metrics ClaimCheck,
        Metrics PartialAsAgree,
        double ClaimCheckMicros,
        NaiveBaseline.Features[] Features,
        EvalLabel[] BaselinePredicted,
        int Threshold,
        Metrics Baseline,
        double BaselineMicros);

    private void Warm()
    {
        // JIT and the pipeline's lazy tables must not be charged to the first data set.
        _pipeline.Compare("The talks lasted four hours.", "The negotiations lasted more than four hours.");
        NaiveBaseline.Measure("The talks lasted four hours.", "The negotiations lasted more than four hours.");
    }

    private DataSetResult Score(EvalDataSet set)
    {
        var pairs = set.Pairs;
        var gold = pairs.Select(p => p.Gold).ToArray();

        var comparisons = new ClaimComparison[pairs.Count];
        long ticks = 0;
        Parallel.For(0, pairs.Count, () => 0L, (i, _, local) =>
        {
            long start = Stopwatch.GetTimestamp();
            comparisons[i] = _pipeline.Compare(pairs[i].TextA, pairs[i].TextB);
            return local + (Stopwatch.GetTimestamp() - start);
        }, local => Interlocked.Add(ref ticks, local));
        var predicted = comparisons.Select(c => Map(c.Verdict, set.HasConflict, partialAsAgree: false)).ToArray();
        var partial = comparisons.Select(c => Map(c.Verdict, set.HasConflict, partialAsAgree: true)).ToArray();

        var features = new NaiveBaseline.Features[pairs.Count];
        long baseStart = Stopwatch.GetTimestamp();
        for (int i = 0; i < pairs.Count; i++) features[i] = NaiveBaseline.Measure(pairs[i].TextA, pairs[i].TextB);
        long baseTicks = Stopwatch.GetTimestamp() - baseStart;
        int t = NaiveBaseline.BestThreshold(features, gold, set.HasConflict);
        var basePredicted = features.Select(f => NaiveBaseline.Predict(f, t, set.HasConflict)).ToArray();

        var r = new DataSetResult(set, comparisons, predicted,
            Metrics.From(set.Labels, gold, predicted), Metrics.From(set.Labels, gold, partial), Micros(ticks, pairs.Count),
            features, basePredicted, t, Metrics.From(set.Labels, gold, basePredicted), Micros(baseTicks, pairs.Count));
        Print(r);
        return r;
    }

    /// <summary>Maps ClaimCheck's verdict to a data set's labels: Partial and Unrelated are other (or Partial agree).</summary>
    public static EvalLabel Map(PairVerdict verdict, bool hasConflict, bool partialAsAgree) => verdict switch
    {
        PairVerdict.Agree => EvalLabel.Agree,
        PairVerdict.Conflict => hasConflict ? EvalLabel.Conflict : EvalLabel.Other,
        PairVerdict.Partial => partialAsAgree ? EvalLabel.Agree : EvalLabel.Other,
        _ => EvalLabel.Other,
    };

    private static double Micros(long ticks, int n) => n == 0 ? 0 : ticks * 1e6 / Stopwatch.Frequency / n;

    private void Print(DataSetResult r)
    {
        var s = r.Set;
        _out.WriteLine();
        _out.WriteLine($"== {s.Name} ({s.Files}): n={s.Pairs.Count}, {(s.HasConflict ? "3-way agree/conflict/other" : "2-way agree/other")}, always-majority accuracy {F(r.ClaimCheck.MajorityAccuracy)}");
        _out.WriteLine($"{"system",-28} {"acc",6}  {"agree P",7} {"R",6} {"F1",6}  {"conflict P",10} {"R",6} {"F1",6}  {"µs/pair",9}");
        Line("claimcheck", r.ClaimCheck, s, r.ClaimCheckMicros);
        Line("claimcheck partial-as-agree", r.PartialAsAgree, s, r.ClaimCheckMicros);
        Line($"baseline t={r.Threshold}", r.Baseline, s, r.BaselineMicros);
        _out.WriteLine("confusion (rows gold, columns predicted):");
        Confusion("claimcheck", r.ClaimCheck);
        Confusion($"baseline t={r.Threshold}", r.Baseline);
    }

    private void Line(string name, Metrics m, EvalDataSet s, double micros)
    {
        var a = m.Scores(EvalLabel.Agree);
        string conflict = s.HasConflict
            ? $"{F(m.Scores(EvalLabel.Conflict).Precision),10} {F(m.Scores(EvalLabel.Conflict).Recall),6} {F(m.Scores(EvalLabel.Conflict).F1),6}"
            : $"{"n/a",10} {"",6} {"",6}";
        _out.WriteLine($"{name,-28} {F(m.Accuracy),6}  {F(a.Precision),7} {F(a.Recall),6} {F(a.F1),6}  {conflict}  {micros.ToString("0.0", Inv),9}");
    }

    private void Confusion(string name, Metrics m)
    {
        var head = new StringBuilder($"  {name,-20}");
        foreach (var p in m.Labels) head.Append($" {Name(p),9}");
        _out.WriteLine(head.ToString());
        foreach (var g in m.Labels)
        {
            var row = new StringBuilder($"  {Name(g),20}");
            foreach (var p in m.Labels) row.Append($" {m.Count(g, p),9}");
            _out.WriteLine(row.ToString());
        }
    }

    private void PrintSummary(IReadOnlyList<DataSetResult> results)
    {
        _out.WriteLine();
        _out.WriteLine("== summary (accuracy on the training splits; the baseline's threshold is tuned on the same split)");
        _out.WriteLine($"{"data set",-10} {"n",6} {"majority",9} {"claimcheck",11} {"partial-as-agree",17} {"baseline",9} {"t",4}  beats baseline");
        foreach (var r in results)
        {
            bool beats = r.ClaimCheck.Accuracy > r.Baseline.Accuracy;
            _out.WriteLine($"{r.Set.Name,-10} {r.Set.Pairs.Count,6} {F(r.ClaimCheck.MajorityAccuracy),9} {F(r.ClaimCheck.Accuracy),11} {F(r.PartialAsAgree.Accuracy),17} {F(r.Baseline.Accuracy),9} {r.Threshold,4}  {(beats ? "yes" : "no")} ({Signed(r.ClaimCheck.Accuracy - r.Baseline.Accuracy)})");
        }
    }

    /// <summary>Writes per-pair predictions as TSV for error analysis.</summary>
    public static void WriteDump(string path, IReadOnlyList<DataSetResult> results)
    {
        var sb = new StringBuilder("dataset\tid\tgold\tpredicted\tscore\tbaseline\tratio\texplanation\ttextA\ttextB\n");
        foreach (var r in results)
        {
            for (int i = 0; i < r.Set.Pairs.Count; i++)
            {
                var p = r.Set.Pairs[i];
                var c = r.Comparisons[i];
                sb.Append(string.Join('\t', r.Set.Name, Clean(p.Id), Name(p.Gold), Name(r.Predicted[i]),
                    c.Score.ToString("0.000", Inv), Name(r.BaselinePredicted[i]), r.Features[i].Ratio.ToString(Inv),
                    Clean(c.Explanation), Clean(p.TextA), Clean(p.TextB))).Append('\n');
            }
        }
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private static string Name(EvalLabel l) => l.ToString().ToLowerInvariant();

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private static string F(double x) => x.ToString("0.000", Inv);

    private static string Signed(double x) => x.ToString("+0.000;-0.000;0.000", Inv);
}
