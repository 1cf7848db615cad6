using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Normalization;

namespace ClaimCheck.Benchmarks.Scale;

/// <summary><c>stages --articles N [--repeat R]</c>: single-threaded time of each extraction sub-stage over the synthetic corpus.</summary>
public static class StageProfile
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int RunCommand(string[] args, TextWriter output, TextWriter error)
    {
        int articles = 200, repeat = 5;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--articles") articles = int.Parse(args[i + 1], Inv);
            else if (args[i] == "--repeat") repeat = int.Parse(args[i + 1], Inv);
        }
        var corpus = SyntheticCorpus.Generate(articles, SyntheticCorpus.DefaultSeed);
        long bytes = corpus.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        var p = new CrossCheckPipelineBuilder().UseOptions(CrossCheckOptions.Default with { MaxDegreeOfParallelism = 1 }).Build();
        var sentences = corpus.Select(a => (a, p.Segment(a))).ToList();
        var lexicon = p.Knowledge.Lexicon;
        for (int r = 0; r < repeat; r++)
        {
            var times = new Dictionary<string, double>();
            var allocs = new Dictionary<string, double>();
            void T(string name, Action act)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                act();
                times[name] = sw.Elapsed.TotalMilliseconds;
                allocs[name] = (GC.GetAllocatedBytesForCurrentThread() - before) / 1048576.0;
            }
            T("segment", () => { foreach (var a in corpus) p.Segment(a); });
            T("tokenize", () => { foreach (var (a, ss) in sentences) foreach (var s in ss) Tokenizer.Tokenize(a.Text, s.Span); });
            var toks = sentences.Select(x => x.Item2.Select(s => Tokenizer.Tokenize(x.a.Text, s.Span)).ToList()).ToList();
            T("mentions", () =>
            {
                for (int i = 0; i < sentences.Count; i++)
                {
                    var mf = new MentionFinder(p.Knowledge);
                    foreach (var t in toks[i]) mf.Find(sentences[i].a.Text, t, new List<ActorMention>(), new List<PlaceMention>());
                }
            });
            var numberTokens = new List<NumberToken>();
            T("numbers", () =>
            {
                for (int i = 0; i < sentences.Count; i++)
                    for (int j = 0; j < toks[i].Count; j++)
                    {
                        numberTokens.Clear();
                        NumberTokenizer.Tokenize(sentences[i].a.Text, sentences[i].Item2[j].Span, numberTokens, toks[i][j]);
                    }
            });
            var numbers = sentences.Select((x, i) => x.Item2.Select((s, j) =>
            {
                var list = new List<NumberToken>();
                NumberTokenizer.Tokenize(x.a.Text, s.Span, list, toks[i][j]);
                return list.ToArray();
            }).ToList()).ToList();
            T("quantities", () =>
            {
                for (int i = 0; i < sentences.Count; i++) foreach (var n in numbers[i]) QuantityScanner.Scan(sentences[i].a.Text, n, new List<Quantity>());
            });
            T("times", () =>
            {
                for (int i = 0; i < sentences.Count; i++) foreach (var n in numbers[i]) TimeScanner.Scan(sentences[i].a.Text, n, sentences[i].a.Published, new List<TimeExpression>());
            });
            T("clauses", () => { for (int i = 0; i < sentences.Count; i++) foreach (var t in toks[i]) ClauseSplitter.Split(sentences[i].a.Text, t, lexicon); });
            T("stance", () => { for (int i = 0; i < sentences.Count; i++) foreach (var t in toks[i]) StanceAnalyzer.Analyze(sentences[i].a.Text, t, 0, t.Length, lexicon); });
            T("keys", () =>
            {
                for (int i = 0; i < sentences.Count; i++)
                    foreach (var t in toks[i]) ContentKeys.Collect(sentences[i].a.Text, t, 0, t.Length, lexicon, new(), new(), new(), new List<string>());
            });
            T("extract-all", () => { foreach (var (a, ss) in sentences) p.Extractor.Extract(a, ss); });
            T("analyze", () => { foreach (var a in corpus) p.Analyze(a); });
            output.WriteLine(string.Join(' ', times.Select(kv => string.Create(Inv, $"{kv.Key}={kv.Value:0.0}ms/{allocs[kv.Key]:0.0}MB"))) + string.Create(Inv, $" MB/s={bytes / 1048576.0 / (times["analyze"] / 1000):0.00}"));
        }
        return 0;
    }
}
