using System.Text;
using ClaimCheck;
using ClaimCheck.Articles;
using SharpFuzz;

namespace ClaimCheck.Fuzz;

/// <summary>Feeds fuzzer-made bytes through the readers, the pipeline and the report writers.</summary>
/// <remarks>
/// The first byte picks the reader (text, HTML, JSON, or a file with the bytes as its contents); the rest is the
/// input. Only <see cref="ClaimCheckException"/> may escape a reader; anything else, or a broken span, crashes the
/// process so the fuzzer keeps the input.
/// </remarks>
public static class Program
{
    private static readonly CrossCheckPipeline Pipeline = new CrossCheckPipelineBuilder()
        .UseOptions(CrossCheckOptions.Default with { MaxSentenceChars = 200, MaxDegreeOfParallelism = 1 })
        .Build();

    private static readonly string Scratch = Path.Combine(Path.GetTempPath(), "claimcheck-fuzz-" + Environment.ProcessId);

    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--replay")
        {
            // Runs every file of a folder (a corpus or crash folder) once, without a fuzzer.
            int n = 0;
            foreach (var file in Directory.EnumerateFiles(args[1]).Order(StringComparer.Ordinal))
            {
                Console.WriteLine(file);
                Execute(File.ReadAllBytes(file));
                n++;
            }
            Console.WriteLine($"{n} inputs replayed without a failure");
            return 0;
        }
        if (args.Length == 1 && args[0] == "--libfuzzer")
        {
            Fuzzer.LibFuzzer.Run(span => Execute(span.ToArray()));
            return 0;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Execute(buffer.ToArray());
        });
        return 0;
    }

    private static void Execute(byte[] data)
    {
        if (data.Length == 0) return;
        var body = data.AsSpan(1);
        IReadOnlyList<Article> articles;
        try
        {
            articles = (data[0] % 4) switch
            {
                0 => new[] { ArticleReader.ReadText("fuzz", Encoding.UTF8.GetString(body)) },
                1 => new[] { ArticleReader.ReadHtml("fuzz", Encoding.UTF8.GetString(body)) },
                2 => ArticleReader.ReadJson("fuzz", Encoding.UTF8.GetString(body)),
                _ => ReadFile(body, data[0]),
            };
        }
        catch (ClaimCheckException)
        {
            return;
        }
        var report = Pipeline.Run(articles.Select((a, i) => a.WithId("fuzz" + i)));
        var texts = report.Sources.ToDictionary(s => s.Id, s => s.Text);
        foreach (var c in report.Claims)
        {
            var text = texts[c.SourceId];
            Check(c.Span, text, c.Text);
            foreach (var a in c.Actors) Check(a.Span, text, a.Text);
            foreach (var q in c.Quantities) Check(q.Span, text, q.Text);
            foreach (var t in c.Times) Check(t.Span, text, t.Text);
            foreach (var p in c.Places) Check(p.Span, text, p.Text);
            if (c.Attribution is { } at) Check(at.Span, text, at.Text);
        }
        foreach (var f in report.Findings)
            foreach (var id in f.ClaimIds)
                if (!report.TryGetClaim(id, out _)) throw new InvalidOperationException($"finding {f.Id} names unknown claim {id}");
        _ = report.ToJson();
        _ = report.ToHtml();
    }

    private static IReadOnlyList<Article> ReadFile(ReadOnlySpan<byte> body, byte selector)
    {
        Directory.CreateDirectory(Scratch);
        var path = Path.Combine(Scratch, "input" + ((selector / 4) % 3) switch { 0 => ".txt", 1 => ".html", _ => ".json" });
        File.WriteAllBytes(path, body.ToArray());
        return ArticleReader.ReadFile(path);
    }

    private static void Check(TextSpan span, string text, string expected)
    {
        if (span.Start < 0 || span.End > text.Length || span.Of(text) != expected)
            throw new InvalidOperationException($"span {span} does not hold its text");
    }
}
