using AngleSharp.Html.Parser;
using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Reliability;

/// <summary>The same articles give byte-identical reports in any order, on any number of threads, from many threads at once.</summary>
public class DeterminismTests
{
    private static IReadOnlyList<Article> Corpus() => ArticleReader.ReadPaths(Repo.SampleAndPlantedFiles());

    private static string Json(IEnumerable<Article> articles, CrossCheckPipeline? pipeline = null) =>
        (pipeline ?? CrossCheckPipeline.Default).Run(articles).ToJson();

    [Test]
    public void ShuffledInputGivesIdenticalJson()
    {
        var articles = Corpus();
        Assert.That(articles, Has.Count.EqualTo(6));
        var expected = Json(articles);
        var rng = new Random(20250218);
        var orders = new List<Article[]> { articles.Reverse().ToArray() };
        for (int i = 0; i < 4; i++) orders.Add(articles.OrderBy(_ => rng.Next()).ToArray());
        foreach (var order in orders)
            Assert.That(Json(order), Is.EqualTo(expected), string.Join(", ", order.Select(a => a.Id)));
    }

    [Test]
    public void ShuffledPathsGiveIdenticalJson()
    {
        var files = Repo.SampleAndPlantedFiles();
        var expected = CrossChecker.CheckFiles(files).ToJson();
        Assert.That(CrossChecker.CheckFiles(files.Reverse().ToArray()).ToJson(), Is.EqualTo(expected));
    }

    [Test]
    public void OneThreadAndFourThreadsGiveIdenticalJson()
    {
        var articles = Corpus();
        string Threads(int n) => Json(articles, new CrossCheckPipelineBuilder().UseOptions(CrossCheckOptions.Default with { MaxDegreeOfParallelism = n }).Build());
        var one = Threads(1);
        Assert.That(Threads(4), Is.EqualTo(one));
        Assert.That(Threads(0), Is.EqualTo(one));
    }

    [Test]
    public void OnePipelineSharedByEightThreadsGivesTheSameJson()
    {
        var articles = Corpus();
        var pipeline = new CrossCheckPipelineBuilder().UseOptions(CrossCheckOptions.Default with { MaxDegreeOfParallelism = 1 }).Build();
        var expected = Json(articles, pipeline);
        var shared = CrossCheckPipeline.Default;
        using var start = new ManualResetEventSlim(false);
        var tasks = Enumerable.Range(0, 8).Select(i => Task.Factory.StartNew(() =>
        {
            start.Wait();
            var order = i % 2 == 0 ? articles : articles.Reverse();
            return Json(order, shared);
        }, TaskCreationOptions.LongRunning)).ToArray();
        start.Set();
        Task.WaitAll(tasks);
        foreach (var t in tasks) Assert.That(t.Result, Is.EqualTo(expected));
    }

    [Test]
    public void StreamingRunGivesTheSameJsonAsRun()
    {
        var articles = Corpus();
        var expected = Json(articles);
        var streamed = CrossCheckPipeline.Default.RunAsync(articles.Reverse().ToAsyncEnumerable()).GetAwaiter().GetResult();
        Assert.That(streamed.ToJson(), Is.EqualTo(expected));
    }

    [Test]
    public void SourceIdsAreFileNamesAsGivenAndPathsStayOutOfReports()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));
        var file = dir.Write("a&b <img src=x onerror=alert(1)>.txt", "<script>alert(1)</script>\n\nLavrov met Rubio in \"Riyadh\" <b>for</b> four hours.");
        var viaDots = Path.Combine(dir.Path, "sub", "..", Path.GetFileName(file));
        var report = CrossChecker.CheckFiles(viaDots);
        Assert.That(report.Sources.Single().Id, Is.EqualTo("a&b <img src=x onerror=alert(1)>"));
        foreach (var rendered in new[] { report.ToJson(), report.ToHtml(), report.ToText(), report.ToMarkdown() })
        {
            Assert.That(rendered, Does.Not.Contain(dir.Path));
            Assert.That(rendered, Does.Not.Contain(Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar)));
        }
        var doc = new HtmlParser().ParseDocument(report.ToHtml());
        Assert.That(doc.QuerySelectorAll("script, img, b"), Is.Empty);
        Assert.That(doc.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)), Is.Empty);
        Assert.That(doc.Body!.TextContent, Does.Contain("a&b <img src=x onerror=alert(1)>"));
    }
}

internal static class AsyncEnumerableExtensions
{
    public static async IAsyncEnumerable<T> ToAsyncEnumerable<T>(this IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
