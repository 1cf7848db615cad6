using System.Diagnostics;
using System.Text;
using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Reliability;

/// <summary>Seeded fuzzing: thousands of hostile inputs through the readers, the pipeline and pair comparison.</summary>
/// <remarks>
/// Only <see cref="ClaimCheckException"/> subtypes may escape the readers; analysis, cross-checks and comparisons
/// must not throw at all, and every span must index its text. A failure names the input's index and kind: rerun
/// with the same seed to reproduce it.
/// </remarks>
public class FuzzTests
{
    private const int Seed = 20250218;
    private const int Inputs = 4000;

    // Tight limits make the cutting code (surrogate pairs at the cut, over-long sentences) run on most inputs.
    private static readonly CrossCheckPipeline Tight = new CrossCheckPipelineBuilder()
        .UseOptions(CrossCheckOptions.Default with { MaxArticleChars = 700, MaxSentenceChars = 41, MaxNestingDepth = 8, MaxDegreeOfParallelism = 2 })
        .Build();

    private static IEnumerable<string> CorpusFragments()
    {
        foreach (var file in Directory.GetFiles(TestData.SampleCorpus, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                foreach (var piece in line.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    if (piece.Length >= 20) yield return piece;
            }
        }
    }

    [Test]
    public void HostileInputsKeepEveryInvariant()
    {
        var gen = new HostileInputGenerator(Seed, CorpusFragments());
        using var dir = new TempFolder();
        var batch = new List<Article>();
        int refused = 0, articles = 0, claims = 0, runs = 0, compares = 0, cutNotices = 0;
        var clock = Stopwatch.StartNew();
        var slowest = (Index: -1, Ms: 0.0);

        for (int i = 0; i < Inputs; i++)
        {
            var started = clock.Elapsed;
            var input = gen.Next();
            var pipeline = i % 4 == 3 ? Tight : CrossCheckPipeline.Default;
            string id = $"f{i:D4}";
            IReadOnlyList<Article> read;
            try
            {
                read = Guard(i, input, () => Read(input, id, pipeline.Options, dir));
            }
            catch (ClaimCheckException e)
            {
                Assert.That(e.Message, Is.Not.Empty);
                Assert.That(e.Source, Is.Not.Null, $"input {i}: the exception should name its source");
                refused++;
                continue;
            }

            foreach (var article in read)
            {
                var analysis = Guard(i, input, () => pipeline.Analyze(article));
                Guard(i, input, () => Invariants.Check(analysis));
                Assert.That(analysis.Sentences.All(s => s.Span.Length <= pipeline.Options.MaxSentenceChars), $"input {i}: sentence over the limit");
                if (!analysis.Notices.IsEmpty) cutNotices++;
                articles++;
                claims += analysis.Claims.Count;
                var unique = batch.Any(a => a.Id == article.Id) ? article.WithId($"{article.Id}~{i}.{batch.Count}") : article;
                batch.Add(unique);
            }

            if (batch.Count >= 5)
            {
                var report = Guard(i, input, () => pipeline.Run(batch));
                Guard(i, input, () => Invariants.Check(report));
                if (runs % 25 == 0) Guard(i, input, () => (report.ToHtml(), report.ToMarkdown(), report.ToText()));
                runs++;
                batch.Clear();
            }

            if (i % 3 == 0)
            {
                string a = gen.Statement(), b = gen.Statement();
                var c = Guard(i, new HostileInput(InputKind.Text, a + "\n<>\n" + b), () => CrossChecker.Compare(a, b));
                Assert.That(c.Score, Is.InRange(0.0, 1.0), $"input {i}: score");
                Assert.That(c.Confidence, Is.InRange(0.0, 1.0), $"input {i}: confidence");
                Assert.That(c.Explanation, Is.Not.Null);
                compares++;
            }
            double ms = (clock.Elapsed - started).TotalMilliseconds;
            if (ms > slowest.Ms) slowest = (i, ms);
        }

        TestContext.Out.WriteLine(
            $"fuzzed {Inputs} inputs (seed {Seed}) in {clock.Elapsed.TotalSeconds:F1} s: {articles} articles read, {refused} refused with ClaimCheckException, " +
            $"{claims} claims, {runs} cross-checks of 5, {compares} pair comparisons, {cutNotices} analyses with cut notices; slowest input {slowest.Index} took {slowest.Ms:F0} ms");
        Assert.That(articles, Is.GreaterThan(Inputs / 2), "most inputs should be readable");
        Assert.That(refused, Is.GreaterThan(0), "some inputs should be refused");
    }

    private static IReadOnlyList<Article> Read(HostileInput input, string id, CrossCheckOptions options, TempFolder dir) => input.Kind switch
    {
        InputKind.Text => new[] { ArticleReader.ReadText(id, input.Text, options) },
        InputKind.Html => new[] { ArticleReader.ReadHtml(id, input.Text, options) },
        InputKind.Json => ArticleReader.ReadJson(id, input.Text, options),
        _ => ArticleReader.ReadFile(dir.Write(id + input.Extension, input.Bytes!), options),
    };

    /// <summary>Runs <paramref name="action"/>; any exception but a <see cref="ClaimCheckException"/> fails the test with the input that caused it.</summary>
    private static T Guard<T>(int index, HostileInput input, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not ClaimCheckException)
        {
            Assert.Fail($"input {index} ({input.Kind}, seed {Seed}) threw {e.GetType().Name}: {e.Message}\ninput: {Escape(input.Text)}\n{e}");
            throw;
        }
    }

    private static void Guard(int index, HostileInput input, Action action) => Guard(index, input, () => { action(); return 0; });

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s.Length > 600 ? s[..600] : s)
            sb.Append(c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString());
        return sb.ToString();
    }
}
