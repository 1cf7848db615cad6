using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClaimCheck.Benchmarks.Scale;

/// <summary>
/// <c>extract --articles N [--repeat R] [--seed S]</c>: single-threaded <see cref="CrossCheckPipeline.Analyze"/> over the
/// synthetic corpus, repeated R times; prints MiB/s. A steady loop to attach a profiler to. With <c>--digest</c> it also
/// prints a SHA-256 over every extracted claim (text, span, slots, keys): two builds that print the same digest extracted
/// the same statements, which is how an optimisation proves it changed nothing.
/// </summary>
public static class ExtractProfile
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int RunCommand(string[] args, TextWriter output, TextWriter error)
    {
        int articles = 200, repeat = 5, seed = SyntheticCorpus.DefaultSeed;
        bool digest = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--digest") { digest = true; continue; }
            bool ok = i + 1 < args.Length && args[i] switch
            {
                "--articles" => int.TryParse(args[++i], NumberStyles.None, Inv, out articles),
                "--repeat" => int.TryParse(args[++i], NumberStyles.None, Inv, out repeat),
                "--seed" => int.TryParse(args[++i], NumberStyles.AllowLeadingSign, Inv, out seed),
                _ => false,
            };
            if (!ok)
            {
                error.WriteLine($"extract: bad argument '{args[i]}'; usage: extract --articles N [--repeat R] [--seed S] [--digest]");
                return 2;
            }
        }
        var corpus = SyntheticCorpus.Generate(articles, seed);
        long bytes = corpus.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        var single = new CrossCheckPipelineBuilder().UseOptions(CrossCheckOptions.Default with { MaxDegreeOfParallelism = 1 }).Build();
        foreach (var a in corpus.Take(10)) single.Analyze(a);
        if (digest) output.WriteLine("digest=" + Digest(corpus.Select(a => single.Analyze(a))));
        for (int r = 0; r < repeat; r++)
        {
            long alloc = GC.GetTotalAllocatedBytes(true);
            int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var pause0 = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            int claims = 0;
            foreach (var a in corpus) claims += single.Analyze(a).Claims.Count;
            double s = clock.Elapsed.TotalSeconds;
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            output.WriteLine(string.Create(Inv, $"extract: articles={articles} bytes={bytes} claims={claims} seconds={s:0.000} mb_per_s={bytes / 1048576.0 / s:0.00} cpu_mb_per_s={bytes / 1048576.0 / cpu:0.00} alloc_mb={(GC.GetTotalAllocatedBytes(true) - alloc) / 1048576.0:0.0} gen0={GC.CollectionCount(0) - gen0} gen2={GC.CollectionCount(2) - gen2} gc_pause_ms={(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:0.0}"));
        }
        return 0;
    }

    /// <summary>SHA-256 (hex) over the claims of the analyses, in order.</summary>
    public static string Digest(IEnumerable<ArticleAnalysis> analyses)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var sb = new StringBuilder();
        foreach (var analysis in analyses)
            foreach (var c in analysis.Claims)
            {
                sb.Clear();
                sb.Append(c.Id).Append('|').Append(c.Span).Append('|').Append(c.Text).Append('|').Append(c.Kind).Append('|')
                  .Append(c.Predicate).Append('|').Append(c.Polarity).Append('|').Append(c.Modality).Append('|').Append(c.Attribution)
                  .Append('|').Append(c.ParentId).Append('|').AppendJoin(',', c.Keys).Append('|').AppendJoin(',', c.Items)
                  .Append('|').AppendJoin(',', c.Actors).Append('|').AppendJoin(',', c.Places)
                  .Append('|').AppendJoin(',', c.Quantities).Append('|').AppendJoin(',', c.Times).Append('\n');
                hash.AppendData(Encoding.UTF8.GetBytes(sb.ToString()));
            }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
