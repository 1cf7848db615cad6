using BenchmarkDotNet.Attributes;
using ClaimCheck.Articles;

namespace ClaimCheck.Benchmarks.Stages;

/// <summary>Stage <c>Articles</c>: <see cref="ArticleReader.ReadText"/> on each sample article (title, dateline, regions).</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private string _text = "";

    /// <summary>The sample article, by id.</summary>
    [ParamsSource(nameof(Ids))]
    public string Id { get; set; } = "";

    public static IEnumerable<string> Ids() => SampleCorpus.Texts().Select(t => t.Id);

    [GlobalSetup]
    public void Setup() => _text = SampleCorpus.Texts().Single(t => t.Id == Id).Text;

    [Benchmark]
    public Article ReadText() => ArticleReader.ReadText(Id, _text);
}
