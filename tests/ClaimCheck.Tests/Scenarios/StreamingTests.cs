using System.Runtime.CompilerServices;
using ClaimCheck.Articles;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Scenarios;

/// <summary><see cref="CrossCheckPipeline.RunAsync"/>: the same report as <see cref="CrossCheckPipeline.Run"/>, cancellable, with progress.</summary>
public class StreamingTests
{
    private static IReadOnlyList<Article> Sample() => ArticleReader.ReadPaths(new[] { TestData.SampleCorpus });

    private static async IAsyncEnumerable<Article> Stream(IEnumerable<Article> articles, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var a in articles)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            yield return a;
        }
    }

    private static string Json(CrossCheckReport report)
    {
        var sw = new StringWriter();
        new JsonReportWriter().Write(report, sw);
        return sw.ToString();
    }

    [Test]
    public async Task RunAsyncGivesTheSameJsonAsRun()
    {
        var articles = Sample();
        string expected = Json(CrossCheckPipeline.Default.Run(articles));
        // the stream delivers the articles in reverse: the report does not depend on arrival order
        string streamed = Json(await CrossCheckPipeline.Default.RunAsync(Stream(articles.Reverse())));
        Assert.That(streamed, Is.EqualTo(expected));
    }

    [Test]
    public async Task RunAsyncOnOneThreadGivesTheSameJsonAsRunOnMany()
    {
        var articles = Sample();
        var single = new CrossCheckPipelineBuilder().UseOptions(CrossCheckOptions.Default with { MaxDegreeOfParallelism = 1 }).Build();
        string expected = Json(CrossCheckPipeline.Default.Run(articles));
        Assert.That(Json(await single.RunAsync(Stream(articles))), Is.EqualTo(expected));
    }

    [Test]
    public void RunAsyncThrowsWhenCancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(async () => await CrossCheckPipeline.Default.RunAsync(Stream(Sample()), null, cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void RunAsyncThrowsWhenCancelledWhileStreaming()
    {
        using var cts = new CancellationTokenSource();
        var articles = Sample();
        async IAsyncEnumerable<Article> CancelAfterTwo()
        {
            int n = 0;
            foreach (var a in articles)
            {
                if (++n == 3) cts.Cancel();
                await Task.Yield();
                yield return a;
            }
        }
        Assert.That(async () => await CrossCheckPipeline.Default.RunAsync(CancelAfterTwo(), null, cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task RunAsyncReportsProgress()
    {
        var reports = new List<CrossCheckProgress>();
        var progress = new SyncProgress(p => { lock (reports) reports.Add(p); });
        var articles = Sample();
        await CrossCheckPipeline.Default.RunAsync(Stream(articles), progress);
        Assert.Multiple(() =>
        {
            Assert.That(reports.Count(p => p.Stage == CrossCheckStage.Extracting), Is.EqualTo(articles.Count));
            Assert.That(reports.Where(p => p.Stage == CrossCheckStage.Extracting).Max(p => p.Done), Is.EqualTo(articles.Count));
            Assert.That(reports.Last().Stage, Is.EqualTo(CrossCheckStage.Reporting));
            Assert.That(reports.Last().Done, Is.EqualTo(1));
        });
    }

    /// <summary>Reports synchronously (<see cref="Progress{T}"/> posts to a context and may run late).</summary>
    private sealed class SyncProgress(Action<CrossCheckProgress> report) : IProgress<CrossCheckProgress>
    {
        public void Report(CrossCheckProgress value) => report(value);
    }
}
