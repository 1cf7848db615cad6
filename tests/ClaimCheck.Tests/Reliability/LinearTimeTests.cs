using System.Diagnostics;
using System.Text;
using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Reliability;

/// <summary>No catastrophic backtracking and no quadratic blow-up on adversarial input.</summary>
public class LinearTimeTests
{
    /// <summary>Returns the statements (text between ';', '{' or '}') of C# source that use a regular expression without NonBacktracking.</summary>
    /// <remarks>A use is <c>new Regex(</c>, a static call <c>Regex.</c>, or a <c>[GeneratedRegex</c> attribute.</remarks>
    internal static IEnumerable<string> BacktrackingRegexUses(string source)
    {
        for (int at = source.IndexOf("Regex", StringComparison.Ordinal); at >= 0; at = source.IndexOf("Regex", at + 5, StringComparison.Ordinal))
        {
            int after = at + 5;
            while (after < source.Length && char.IsWhiteSpace(source[after])) after++;
            char next = after < source.Length ? source[after] : ' ';
            bool attribute = source.AsSpan(0, at).EndsWith("[Generated", StringComparison.Ordinal);
            int chain = at; // start of a qualified name such as System.Text.RegularExpressions.Regex
            while (chain > 0 && (char.IsLetterOrDigit(source[chain - 1]) || source[chain - 1] is '_' or '.')) chain--;
            var qualifier = source[chain..at];
            bool isRegexType = qualifier.Length == 0 || qualifier.EndsWith("RegularExpressions.", StringComparison.Ordinal);
            bool constructed = next == '(' && isRegexType && source.AsSpan(0, chain).TrimEnd().EndsWith("new", StringComparison.Ordinal);
            bool staticCall = next == '.' && isRegexType;
            if (!attribute && !constructed && !staticCall) continue;
            int start = source.LastIndexOfAny(new[] { ';', '{', '}' }, Math.Max(0, at - 1)) + 1;
            int end = attribute ? source.IndexOf(']', at) : source.IndexOfAny(new[] { ';', '{', '}' }, at);
            if (end < 0) end = source.Length;
            var statement = source[start..end];
            if (!statement.Contains("NonBacktracking", StringComparison.Ordinal)) yield return statement.Trim();
        }
    }

    [Test]
    public void TheDetectorFlagsBacktrackingRegexes()
    {
        Assert.That(BacktrackingRegexUses("var r = new Regex(@\"(a+)+$\");"), Has.Exactly(1).Items);
        Assert.That(BacktrackingRegexUses("return Regex.IsMatch(s, \"(a|a)*\");"), Has.Exactly(1).Items);
        Assert.That(BacktrackingRegexUses("[GeneratedRegex(\"x+\")] private static partial Regex X();"), Has.Exactly(1).Items);
        Assert.That(BacktrackingRegexUses("var r = new Regex(\"a+\",\n    RegexOptions.NonBacktracking);"), Is.Empty);
        Assert.That(BacktrackingRegexUses("if (RegexOptions.None == o) { }"), Is.Empty);
        Assert.That(BacktrackingRegexUses("/// no regular expressions; MyRegex.Run(); x.Regex.Y();"), Is.Empty);
        Assert.That(BacktrackingRegexUses("var r = new System.Text.RegularExpressions.Regex(\"a\");"), Has.Exactly(1).Items);
    }

    [Test]
    public void EveryRegexInTheLibraryIsNonBacktracking()
    {
        var src = Path.Combine(Repo.Root, "src");
        var offending = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                     && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => BacktrackingRegexUses(File.ReadAllText(f)).Select(s => $"{Path.GetRelativePath(src, f)}: {s}"))
            .ToList();
        Assert.That(offending, Is.Empty, "use RegexOptions.NonBacktracking (or a hand-written scanner)");
    }

    private static string Repeat(string unit, int chars)
    {
        var sb = new StringBuilder(chars + unit.Length);
        while (sb.Length < chars) sb.Append(unit);
        return sb.ToString();
    }

    public static IEnumerable<TestCaseData> Adversaries()
    {
        yield return new TestCaseData("a a a a ((( ").SetArgDisplayNames("words-and-brackets");
        yield return new TestCaseData("U.S. U.S. ").SetArgDisplayNames("initialisms");
        yield return new TestCaseData("1,000,000,").SetArgDisplayNames("digit-groups");
        yield return new TestCaseData("not \"said ").SetArgDisplayNames("negation-and-quotes");
        yield return new TestCaseData("Lavrov and Rubio, ").SetArgDisplayNames("actor-list");
        yield return new TestCaseData("Officials said the U.S. and Russia met in Riyadh for 4.5 hours on February 18, 2025. ").SetArgDisplayNames("many-sentences");
    }

    [TestCaseSource(nameof(Adversaries))]
    public void AnalysisTimeGrowsLinearly(string unit)
    {
        var pipeline = CrossCheckPipeline.Default;
        pipeline.Analyze(ArticleReader.ReadText("warm", "Title\n\n" + Repeat(unit, 8192))); // warm the JIT

        double Time(Article a)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            pipeline.Analyze(a);
            return clock.Elapsed.TotalMilliseconds;
        }

        // Grow n until one run takes long enough to measure; then time n and 2n interleaved (min of 5 each),
        // so a burst of load on the shared machine hits both sizes. A complexity check, not a speed assertion.
        int n = 64 * 1024;
        var small = ArticleReader.ReadText("n", "Title\n\n" + Repeat(unit, n));
        while (n < 512 * 1024 && Time(small) < 60)
        {
            n *= 2;
            small = ArticleReader.ReadText("n", "Title\n\n" + Repeat(unit, n));
        }
        var large = ArticleReader.ReadText("2n", "Title\n\n" + Repeat(unit, 2 * n));
        double t1 = double.MaxValue, t2 = double.MaxValue;
        for (int attempt = 0; attempt < 2; attempt++)
        {
            for (int round = 0; round < 5; round++)
            {
                t1 = Math.Min(t1, Time(small));
                t2 = Math.Min(t2, Time(large));
            }
            if (t2 <= 3.5 * t1 + 40) break;
        }
        TestContext.Out.WriteLine($"{unit.Trim()}: n = {n} chars {t1:F0} ms, 2n {t2:F0} ms, ratio {t2 / t1:F2}");
        Assert.That(t2, Is.LessThanOrEqualTo(3.5 * t1 + 40), "analysis time grows faster than linearly");
    }
}
