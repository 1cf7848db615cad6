using ClaimCheck.Articles;
using ClaimCheck.Extraction;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reliability;

/// <summary>Checks every extracted item's span against its source text, and the report's cross references.</summary>
internal static class Invariants
{
    /// <summary>Throws an <see cref="AssertionException"/> naming the first broken invariant of an analysis.</summary>
    public static void Check(ArticleAnalysis analysis)
    {
        var text = analysis.Article.Text;
        foreach (var s in analysis.Sentences)
        {
            Require(Inside(s.Span, text), $"sentence {s.Index} span {s.Span} outside text of {text.Length}");
            Require(s.Text == s.Span.Of(text), $"sentence {s.Index} text differs from its span");
        }
        foreach (var c in analysis.Claims) Check(c, text);
    }

    /// <summary>Checks the claims, sources and findings of a report.</summary>
    public static void Check(CrossCheckReport report)
    {
        var texts = report.Sources.ToDictionary(s => s.Id, s => s.Text, StringComparer.Ordinal);
        foreach (var c in report.Claims)
        {
            Require(texts.TryGetValue(c.SourceId, out var text), $"claim {c.Id} names unknown source {c.SourceId}");
            Check(c, text!);
            foreach (var item in c.Items) Require(report.TryGetClaim(item, out _), $"claim {c.Id} lists unknown item {item}");
            if (c.ParentId is not null) Require(report.TryGetClaim(c.ParentId, out _), $"claim {c.Id} names unknown parent {c.ParentId}");
        }
        foreach (var f in report.Findings)
        {
            Require(f.ClaimIds.Length > 0, $"finding {f.Id} has no claim");
            foreach (var id in f.ClaimIds) Require(report.TryGetClaim(id, out _), $"finding {f.Id} names unknown claim {id}");
            foreach (var s in f.SourceIds) Require(texts.ContainsKey(s), $"finding {f.Id} names unknown source {s}");
            Require(f.Confidence is >= 0 and <= 1 && !double.IsNaN(f.Confidence), $"finding {f.Id} confidence {f.Confidence}");
        }
        Require(report.ToJson().Length > 0, "empty JSON");
    }

    /// <summary>Checks one claim's span, text and slot spans against the article text.</summary>
    public static void Check(Claim c, string text)
    {
        Require(Inside(c.Span, text), $"claim {c.Id} span {c.Span} outside text of {text.Length}");
        Require(c.Text == c.Span.Of(text), $"claim {c.Id} text differs from its span");
        if (c.PredicateSpan is { } p) Require(Inside(p, text), $"claim {c.Id} predicate span {p} outside text");
        foreach (var a in c.Actors) Slot(c, "actor", a.Span, a.Text, text);
        foreach (var q in c.Quantities) Slot(c, "quantity", q.Span, q.Text, text);
        foreach (var t in c.Times) Slot(c, "time", t.Span, t.Text, text);
        foreach (var pl in c.Places) Slot(c, "place", pl.Span, pl.Text, text);
        if (c.Attribution is { } at) Slot(c, "attribution", at.Span, at.Text, text);
    }

    private static void Slot(Claim c, string kind, TextSpan span, string slotText, string text)
    {
        Require(Inside(span, text), $"claim {c.Id} {kind} span {span} outside text of {text.Length}");
        Require(slotText == span.Of(text), $"claim {c.Id} {kind} text '{Short(slotText)}' differs from its span '{Short(span.Of(text))}'");
    }

    private static bool Inside(TextSpan span, string text) => span.Start >= 0 && span.Length >= 0 && span.End <= text.Length;

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new AssertionException(message);
    }

    private static string Short(string s) => s.Length <= 60 ? s : s[..60] + "…";
}

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimcheck-rel-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public string Write(string name, string text) => Write(name, new System.Text.UTF8Encoding(false).GetBytes(text));

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>Finds the repository root and the sample files.</summary>
internal static class Repo
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ClaimCheck.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ClaimCheck.sln not found above the test directory");
        }
    }

    public static string[] SampleAndPlantedFiles() =>
        Directory.GetFiles(TestData.SampleCorpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Append(System.IO.Path.Combine(TestData.PlantedCorpus, "x01_planted.txt")).ToArray();
}
