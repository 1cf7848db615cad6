using System.Text;
using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public class FileReadingTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "claimcheck-articles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    [Test]
    public void Utf8ByteOrderMarkIsDroppedBeforeOffsets()
    {
        var path = Write("bom.txt", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Title\n\nBody text.")).ToArray());
        var a = ArticleReader.ReadFile(path).Single();
        Assert.That(a.Id, Is.EqualTo("bom"));
        Assert.That(a.Text, Is.EqualTo("Title\n\nBody text."));
        Assert.That(a.BodySpans.Single().Of(a.Text), Is.EqualTo("Body text."));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Utf16WithByteOrderMarkIsDecoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var path = Write("wide.txt", encoding.GetPreamble().Concat(encoding.GetBytes("Título\n\nLavrov arrived in Riyadh.")).ToArray());
        var a = ArticleReader.ReadFile(path).Single();
        Assert.That(a.Text, Is.EqualTo("Título\n\nLavrov arrived in Riyadh."));
        Assert.That(a.Title, Is.EqualTo("Título"));
        Assert.That(a.Notices.Single(), Does.Contain("UTF-16"));
    }

    [Test]
    public void InvalidUtf8NamesFileAndByteOffset()
    {
        var path = Write("bad.txt", Encoding.UTF8.GetBytes("Title\nabc").Concat(new byte[] { 0xC3, 0x28 }).ToArray());
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadFile(path));
        Assert.That(e!.Source, Is.EqualTo(path));
        Assert.That(e.Position, Is.EqualTo("byte 9, line 2"));
        Assert.That(e.Message, Does.Contain("invalid UTF-8"));
    }

    [Test]
    public void NulByteMeansBinary()
    {
        var path = Write("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01 });
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadFile(path));
        Assert.That(e!.Problem, Does.StartWith("binary file"));
        Assert.That(e.Position, Is.EqualTo("byte 4"));
    }

    [Test]
    public void ManyControlCharactersMeanBinary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadFile(Write("ctl.txt", bytes)));
        Assert.That(e!.Problem, Does.StartWith("binary file"));
    }

    [TestCase("")]
    [TestCase("  \r\n\t \n")]
    public void EmptyFileIsRefused(string content)
    {
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadFile(Write("empty.txt", content)));
        Assert.That(e!.Problem, Is.EqualTo("empty article"));
    }

    [Test]
    public void FileOverTheByteLimitIsRefused()
    {
        var path = Write("big.txt", new string('a', 100));
        Assert.Throws<InputLimitException>(() => ArticleReader.ReadFile(path, new CrossCheckOptions { MaxFileBytes = 99 }));
    }

    [Test]
    public void MissingPathIsReported()
    {
        var missing = Path.Combine(_dir, "nope.txt");
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadPaths(new[] { missing }));
        Assert.That(e!.Message, Is.EqualTo($"{missing}: no such file or folder"));
    }

    [Test]
    public void FolderWithoutArticlesIsReported()
    {
        Write("notes.md", "# not an article");
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadPaths(new[] { _dir }));
        Assert.That(e!.Problem, Does.Contain("holds no"));
    }

    [Test]
    public void FolderIsReadInOrdinalNameOrderAcrossFormats()
    {
        Write("b.txt", "B title\n\nB body.");
        Write("a.json", "{\"title\":\"A title\",\"text\":\"A body.\"}");
        Write("C.html", "<h1>C title</h1><p>C body.</p>");
        Write("skip.md", "not read");
        var ids = ArticleReader.ReadPaths(new[] { _dir }).Select(a => a.Id);
        Assert.That(ids, Is.EqualTo(new[] { "C", "a", "b" }));
    }

    [Test]
    public void EnumeratePathsIsLazy()
    {
        Write("a.txt", "A\n\nBody.");
        var lazy = ArticleReader.EnumeratePaths(new[] { _dir, Path.Combine(_dir, "missing") });
        using var e = lazy.GetEnumerator();
        Assert.That(e.MoveNext(), Is.True);
        Assert.That(e.Current.Id, Is.EqualTo("a"));
        Assert.Throws<ArticleReadException>(() => e.MoveNext());
    }

    [Test]
    public void UnknownExtensionIsReadAsText()
    {
        var a = ArticleReader.ReadFile(Write("story.md", "Title\n\nBody <b>not</b> parsed.")).Single();
        Assert.That(a.Text, Does.Contain("<b>"));
    }

    [Test]
    public void SampleCorpusReadsFiveArticles()
    {
        var articles = ArticleReader.ReadPaths(new[] { TestData.SampleCorpus });
        Assert.That(articles.Select(a => a.Id), Is.EqualTo(new[]
        {
            "000_c747c2133bdb8b0c", "001_d6f5ddc1517de79e", "002_a5a14d12ac471a25", "003_6bfc09dbad7fdb7a", "004_a724b8d079b0efd1",
        }));
        foreach (var a in articles) Assert.That(a.Text, Is.EqualTo(File.ReadAllText(TestData.SampleFile(a.Id[..3]))));
    }
}
