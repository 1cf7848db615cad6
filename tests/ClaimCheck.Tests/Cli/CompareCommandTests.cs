using ClaimCheck.Cli;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Cli;

public class CompareCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void JsonReportOfTheSampleCorpusFollowsTheSchema()
    {
        var (code, json, err) = Run("compare", TestData.SampleCorpus, "--format", "json");
        Assert.That(code, Is.EqualTo(0), err);
        var report = JObject.Parse(json);
        Assert.Multiple(() =>
        {
            Assert.That((int?)report["schemaVersion"], Is.EqualTo(1));
            Assert.That(report["sources"]!.Count(), Is.EqualTo(5));
            var claim = report["claims"]!.First!;
            foreach (var field in new[] { "id", "sourceId", "start", "length", "text", "predicate", "actors", "quantities", "times", "places", "polarity", "modality", "attribution", "items" })
                Assert.That(((JObject)claim).ContainsKey(field), Is.True, field);
            Assert.That(report["findings"]!.All(f => (string?)f["kind"] is "agreement" or "conflict" or "partial" or "unique" or "disputed"), Is.True);
        });
    }

    [Test]
    public void ArgumentOrderDoesNotChangeTheJson()
    {
        var files = Directory.GetFiles(TestData.SampleCorpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var forward = Run(new[] { "compare" }.Concat(files).Concat(new[] { "--format", "json" }).ToArray());
        var backward = Run(new[] { "compare" }.Concat(files.Reverse()).Concat(new[] { "--format", "json", "--threads", "1" }).ToArray());
        Assert.That(backward.Out, Is.EqualTo(forward.Out));
    }

    [TestCase("text", "== Conflicts")]
    [TestCase("markdown", "## Conflicts")]
    [TestCase("html", "<svg")]
    public void EveryFormatRendersAndWritesToAFile(string format, string marker)
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-{Guid.NewGuid():N}.{format}");
        try
        {
            var (code, stdout, err) = Run("compare", TestData.SampleCorpus, "--format", format, "--out", path);
            Assert.That(code, Is.EqualTo(0), err);
            Assert.That(stdout, Is.Empty);
            Assert.That(File.ReadAllText(path), Does.Contain(marker));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void UnknownFormatIsAUsageError()
    {
        var (code, _, err) = Run("compare", TestData.SampleCorpus, "--format", "pdf");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
        });
    }
}
