using System.Diagnostics;
using System.Text;
using ClaimCheck.Articles;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reliability;

/// <summary>Hostile files and strings: each gives a typed, file-naming error or a report whose spans all hold.</summary>
public class HostileInputTests
{
    private static readonly CrossCheckPipeline Pipeline = CrossCheckPipeline.Default;

    private TempFolder _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _dir.Dispose();

    private static CrossCheckReport RunChecked(params Article[] articles)
    {
        foreach (var a in articles) Invariants.Check(Pipeline.Analyze(a));
        var report = Pipeline.Run(articles);
        Invariants.Check(report);
        Assert.That(report.ToHtml(), Is.Not.Empty);
        Assert.That(report.ToText(), Is.Not.Empty);
        return report;
    }

    private static T ThrowsNaming<T>(string file, TestDelegate read) where T : ClaimCheckException
    {
        var e = Assert.Throws<T>(read)!;
        Assert.That(e.Message, Does.Contain(Path.GetFileName(file)));
        Assert.That(e.Source, Is.EqualTo(file));
        Assert.That(e.Message, Does.Not.Contain("\n"));
        return e;
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("  \r\n\t \n\u00A0\u2003")]
    public void EmptyAndWhiteSpaceFilesAreRefusedByName(string content)
    {
        var file = _dir.Write("blank.txt", content);
        var e = ThrowsNaming<ArticleReadException>(file, () => CrossChecker.CheckFiles(file));
        Assert.That(e.Problem, Does.Contain("empty"));
    }

    [Test]
    public void ByteOrderMarkOnlyIsEmpty()
    {
        var file = _dir.Write("bom.txt", new byte[] { 0xEF, 0xBB, 0xBF });
        ThrowsNaming<ArticleReadException>(file, () => CrossChecker.CheckFiles(file));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void RandomBinaryFilesAreRefusedByName(int seed)
    {
        var bytes = new byte[64 * 1024];
        new Random(seed).NextBytes(bytes);
        foreach (var ext in new[] { ".txt", ".html", ".json" })
        {
            var file = _dir.Write("blob" + ext, bytes);
            ThrowsNaming<ArticleReadException>(file, () => CrossChecker.CheckFiles(file));
        }
    }

    [Test]
    public void HighBytesWithoutNulAreInvalidUtf8WithPosition()
    {
        var rng = new Random(7);
        var bytes = Encoding.UTF8.GetBytes("Title\n\nOfficials met in Riyadh.\n").Concat(Enumerable.Range(0, 4096).Select(_ => (byte)rng.Next(0x80, 0x100))).ToArray();
        var file = _dir.Write("high.txt", bytes);
        var e = ThrowsNaming<ArticleReadException>(file, () => CrossChecker.CheckFiles(file));
        Assert.That(e.Problem, Does.Contain("invalid UTF-8"));
        Assert.That(e.Position, Does.Contain("byte 32").And.Contain("line 4"));
    }

    [TestCase("\xED\xA0\x80")] // an encoded surrogate
    [TestCase("\xC0\xAF")]     // an overlong form
    [TestCase("\xF4\x90\x80\x80")] // past U+10FFFF
    [TestCase("\xE2\x82")]     // truncated at the end
    public void InvalidUtf8SequencesAreRefused(string latin1)
    {
        var bytes = Encoding.UTF8.GetBytes("Title\n\nLavrov spoke ").Concat(Encoding.Latin1.GetBytes(latin1)).ToArray();
        var file = _dir.Write("bad.txt", bytes);
        var e = ThrowsNaming<ArticleReadException>(file, () => CrossChecker.CheckFiles(file));
        Assert.That(e.Position, Does.StartWith("byte 20"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Utf16WithByteOrderMarkGoesThroughThePipeline(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        const string text = "Talks in Riyadh\n\n2025-02-19\n\nU.S. and Russian officials met in Riyadh for four and a half hours on Tuesday. Lavrov said the talks were “useful”.";
        var file = _dir.Write("wide.txt", encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());
        var report = CrossChecker.CheckFiles(file);
        Invariants.Check(report);
        Assert.That(report.Sources.Single().Text, Is.EqualTo(text));
        Assert.That(report.Sources.Single().Notices, Has.Some.Contains("UTF-16"));
    }

    [Test]
    public void Utf16WithAnOddByteIsRefused()
    {
        var file = _dir.Write("odd.txt", new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x42 });
        ThrowsNaming<ArticleReadException>(file, () => CrossChecker.CheckFiles(file));
    }

    [Test]
    public void TwentyMegabyteLineIsCutToTheArticleLimitWithANotice()
    {
        // 20 MB on one line: readable (under MaxFileBytes), cut to MaxArticleChars with a notice, then analysed.
        const string sentence = "U.S. and Russian officials met in Riyadh for 4.5 hours on February 18, 2025, and agreed on four points. ";
        var sb = new StringBuilder(20 * 1024 * 1024 + sentence.Length);
        while (sb.Length < 20 * 1024 * 1024) sb.Append(sentence);
        var file = _dir.Write("huge.txt", Encoding.ASCII.GetBytes(sb.ToString()));
        sb.Clear();

        var clock = Stopwatch.StartNew();
        var article = ArticleReader.ReadFile(file).Single();
        Assert.That(article.Text, Has.Length.EqualTo(CrossCheckOptions.Default.MaxArticleChars));
        Assert.That(article.Notices, Has.Some.Contains("MaxArticleChars"));
        long read = clock.ElapsedMilliseconds;

        // The whole pipeline on the cut text runs in linear time (see LinearTimeTests) but takes ~10 s at 4 Mi chars
        // on two cores; a unit test runs it on the first 512 Ki chars of the same file.
        article = ArticleReader.ReadFile(file, CrossCheckOptions.Default with { MaxArticleChars = 512 * 1024 }).Single();
        var analysis = Pipeline.Analyze(article);
        long analysed = clock.ElapsedMilliseconds;
        Assert.That(analysis.Sentences, Is.Not.Empty);
        Assert.That(analysis.Sentences.Max(s => s.Span.Length), Is.LessThanOrEqualTo(CrossCheckOptions.Default.MaxSentenceChars));
        var report = Pipeline.Run(new[] { article });
        Assert.That(report.Sources.Single().Notices, Has.Some.Contains("MaxArticleChars"));
        foreach (var c in report.Claims.Where((_, i) => i % 97 == 0)) Invariants.Check(c, article.Text);
        TestContext.Out.WriteLine($"20 MB one-liner: read and cut in {read} ms, analysed in {analysed} ms, cross-checked in {clock.ElapsedMilliseconds} ms; {report.Claims.Length} claims");
    }

    [Test]
    public void SentenceOfHundredThousandWordsIsBrokenWithANotice()
    {
        var words = new[] { "officials", "said", "the", "talks", "in", "Riyadh", "were", "useful", "and", "Lavrov", "agreed", "not", "four", "hours" };
        var rng = new Random(11);
        var text = "Title\n\n" + string.Join(" ", Enumerable.Range(0, 100_000).Select(_ => words[rng.Next(words.Length)])) + ".";
        var article = ArticleReader.ReadText("long", text);
        var analysis = Pipeline.Analyze(article);
        Invariants.Check(analysis);
        int max = Pipeline.Options.MaxSentenceChars;
        Assert.That(analysis.Sentences.Count, Is.GreaterThan(text.Length / max - 1));
        Assert.That(analysis.Sentences.Max(s => s.Span.Length), Is.LessThanOrEqualTo(max));
        Assert.That(analysis.Notices, Has.Some.Contains("MaxSentenceChars"));
        var report = Pipeline.Run(new[] { article });
        Assert.That(report.Sources.Single().Notices, Has.Some.Contains("MaxSentenceChars"));
        Invariants.Check(report);
    }

    [Test]
    public void ShortSentencesGiveNoNotice()
    {
        var analysis = Pipeline.Analyze(ArticleReader.ReadText("short", "Title\n\nLavrov met Rubio in Riyadh. The talks lasted four hours."));
        Assert.That(analysis.Notices, Is.Empty);
    }

    [TestCase("(")]
    [TestCase(")")]
    [TestCase("\"")]
    [TestCase("“")]
    [TestCase("'")]
    [TestCase("« ")]
    [TestCase("([{\"“'")]
    [TestCase("( \" ")]
    public void MegabyteOfBracketsOrQuotesIsAnalysed(string unit)
    {
        var sb = new StringBuilder("Officials said ");
        while (sb.Length < 1024 * 1024) sb.Append(unit);
        sb.Append(" Lavrov met Rubio in Riyadh.");
        var article = ArticleReader.ReadText("brackets", sb.ToString());
        var analysis = Pipeline.Analyze(article);
        Invariants.Check(analysis);
        Assert.That(analysis.Sentences.Max(s => s.Span.Length), Is.LessThanOrEqualTo(Pipeline.Options.MaxSentenceChars));
    }

    [Test]
    public void HundredThousandNestedDivsAreFlattenedWithANotice()
    {
        const int depth = 100_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Lavrov met Rubio in Riyadh on Tuesday.</p>"
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var file = _dir.Write("deep.html", html);
        var clock = Stopwatch.StartNew();
        var report = CrossChecker.CheckFiles(file);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Invariants.Check(report);
        Assert.That(report.Sources.Single().Text, Does.Contain("Lavrov met Rubio in Riyadh"));
        Assert.That(report.Sources.Single().Notices, Is.Not.Empty);
    }

    [TestCase("<div>", 50_000)]
    [TestCase("<b><i>", 30_000)]
    [TestCase("<table><tr><td>", 10_000)]
    [TestCase("<a href='x", 20_000)]
    [TestCase("<!--", 50_000)]
    [TestCase("<script>", 20_000)]
    public void HostileMarkupGivesTypedErrorOrValidReport(string unit, int count)
    {
        var html = "<p>Lavrov met Rubio in Riyadh.</p>" + string.Concat(Enumerable.Repeat(unit + "text ", count));
        var file = _dir.Write("hostile.html", html);
        try
        {
            Invariants.Check(CrossChecker.CheckFiles(file));
        }
        catch (ArticleReadException e)
        {
            Assert.That(e.Source, Is.EqualTo(file));
        }
    }

    [Test]
    public void TenThousandNestedJsonArraysAreRefusedWithDepthAndPosition()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);
        var file = _dir.Write("deep.json", json);
        var e = ThrowsNaming<ArticleReadException>(file, () => CrossChecker.CheckFiles(file));
        Assert.That(e.Problem, Does.Contain("deeper").And.Contain("MaxNestingDepth"));
        Assert.That(e.Position, Does.Contain("line 1, position"));
        var e2 = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadJson("inline", "{\"text\": " + new string('[', 10_000)))!;
        Assert.That(e2.Message, Does.Contain("inline").And.Contain("deeper"));
    }

    [TestCase("{\"text\": \"Lavrov met Rubio")]
    [TestCase("{\"text\": 1e999999}")]
    [TestCase("[{\"text\": \"Lavrov met Rubio.\"},]")]
    [TestCase("{\"text\": \"a\" \"b\"}")]
    [TestCase("{text: 'Lavrov met Rubio.'}")]
    [TestCase("{\"text\": \"Lavrov met Rubio.\"} {}")]
    [TestCase("{\"text\": \"\\uD800 Lavrov met Rubio.\", \"published\": \"99999-02-31\"}")]
    [TestCase("{\"text\": \"Lavrov met Rubio.\", \"published\": \"February 31, 2025\", \"title\": {\"a\": 1}}")]
    [TestCase("{\"text\": \"\\u0000\\u0001\\u202E Lavrov met Rubio.\"}")]
    [TestCase("\uFEFF{\"text\": \"Lavrov met Rubio.\"}")]
    [TestCase("{\"text\": \"Lavrov\", \"text\": [1, 2]}")]
    [TestCase("/* comment */ {\"text\": \"Lavrov met Rubio.\"}")]
    [TestCase("{\"id\": 12345678901234567890123, \"text\": \"Lavrov met Rubio.\"}")]
    public void MalformedJsonGivesTypedErrorOrValidReport(string json)
    {
        var file = _dir.Write("odd.json", json);
        try
        {
            var report = CrossChecker.CheckFiles(file);
            Invariants.Check(report);
        }
        catch (ArticleReadException e)
        {
            Assert.That(e.Source, Is.EqualTo(file));
            Assert.That(e.Message, Does.Contain("odd.json"));
        }
    }

    [Test]
    public void HugeNumbersAndImpossibleDatesAreAnalysed()
    {
        var text = new StringBuilder("February 31, 2025\n\n");
        text.Append("The deal is worth 10^400 dollars and 1e308 billion euros. ");
        text.Append("A 1 followed by 5,000 digits: 1").Append('0', 5000).Append(" people attended. ");
        text.Append("They counted ").Append(string.Join(",", Enumerable.Repeat("999", 2000))).Append(" votes. ");
        text.Append("The treaty expires in the year 99999 and was signed on February 31, 2025, or 31/02/2025, or 2025-13-45. ");
        text.Append("Officials said 0.").Append('0', 3000).Append("1 percent of $99999999999999999999999999 trillion was spent on 29 February 2023. ");
        text.Append("It lasted -5 hours, over 4.5.6 hours and 1/0 days, from year 0 to 10000 AD, on the 99th, in 1e-400 seconds.");
        var article = ArticleReader.ReadText("numbers", text.ToString());
        var report = RunChecked(article, ArticleReader.ReadText("other", "Title\n\nThe deal is worth 5 dollars, officials said on 12 February 2025."));
        Assert.That(report.Sources, Has.Length.EqualTo(2));
    }

    [Test]
    public void ZeroWidthAndRightToLeftCharactersInsideNamesAreAnalysed()
    {
        const string text = "Title\n\nSer\u200Bgei La\u200Dvrov met \u202EMarco Rubio\u202C in \u2066Riyadh\u2069 for four\u200B hours. "
            + "\u200F\u061C U.S.\u200B officials said\u2067 the talks were \u201Cuseful\u201D\u2069.\u200B \u202ELavrov\u202D did not\u200D agree.";
        var a = ArticleReader.ReadText("rtl", text);
        var b = ArticleReader.ReadText("plain", "Title\n\nSergei Lavrov met Marco Rubio in Riyadh for four hours.");
        RunChecked(a, b);
    }

    [Test]
    public void MixedScriptsAndLoneSurrogatesAreAnalysed()
    {
        const string text = "Заголовок\n\nЛавров встретился с Рубио в Эр-Рияде. Ο Λαβρόφ συναντήθηκε με τον Ρούμπιο. "
            + "التقى لافروف بروبيو في الرياض. 拉夫罗夫在利雅得会见了鲁比奥。 Lavrov 😀 met 👩‍👩‍👧 Rubio in 𝓡𝓲𝔂𝓪𝓭𝓱 for 4 hours. "
            + "Lone \uD800 high and \uDC00 low surrogates, reversed \uDC00\uD800 pair, and \uD83D at the end of a word\uD83D. Officials met \uDE00.";
        var article = ArticleReader.ReadText("mixed", text + "\uD800");
        var report = RunChecked(article, ArticleReader.ReadText("plain", "Title\n\nLavrov met Rubio in Riyadh for 4 hours."));
        Assert.That(report.ToJson(), Is.Not.Empty);
    }

    [Test]
    public void ControlCharactersInTextAreAnalysed()
    {
        var text = "Title\n\n" + string.Concat(Enumerable.Range(0, 32).Select(i => (char)i + "Lavrov met Rubio. ")) + "\u007F\u0085\u2028\u2029 The end.";
        RunChecked(ArticleReader.ReadText("ctl", text));
    }

    [Test]
    public void LongDistinctWordsAreNotInternedForProcessLifetime()
    {
        // The string intern pool is never freed; a server fed endless distinct long tokens must not grow with them.
        var rng = new Random(5);
        var words = Enumerable.Range(0, 200).Select(_ => new string(Enumerable.Range(0, 64).Select(_ => (char)('a' + rng.Next(26))).ToArray())).ToArray();
        var analysis = Pipeline.Analyze(ArticleReader.ReadText("tokens", "Title\n\nOfficials said " + string.Join(" ", words) + " in Riyadh."));
        Invariants.Check(analysis);
        var probe = new string(words[7].ToCharArray()); // a fresh instance: IsInterned looks the value up
        Assert.That(string.IsInterned(probe), Is.Null);
    }

    [Test]
    public void FolderWithNoArticlesIsRefusedByName()
    {
        _dir.Write("notes.md", "Lavrov met Rubio.");
        _dir.Write("image.png", new byte[] { 0x89, 0x50 });
        var e = Assert.Throws<ArticleReadException>(() => CrossChecker.CheckFiles(_dir.Path))!;
        Assert.That(e.Source, Is.EqualTo(_dir.Path));
        Assert.That(e.Problem, Does.Contain("no .txt"));
    }

    [Test]
    public void MissingPathIsRefusedByName()
    {
        var missing = Path.Combine(_dir.Path, "nope", "missing.txt");
        var e = Assert.Throws<ArticleReadException>(() => CrossChecker.CheckFiles(missing))!;
        Assert.That(e.Source, Is.EqualTo(missing));
        Assert.That(e.Message, Does.Contain("missing.txt").And.Contain("no such file"));
    }

    [Test]
    public void OneBadFileInAFolderIsNamedRatherThanTheFolder()
    {
        _dir.Write("a.txt", "Title\n\nLavrov met Rubio in Riyadh.");
        var bad = _dir.Write("b.txt", new byte[] { 0x41, 0x00, 0x42 });
        ThrowsNaming<ArticleReadException>(bad, () => CrossChecker.CheckFiles(_dir.Path));
    }

    [Test]
    public void FileOverTheByteLimitIsAnInputLimit()
    {
        var file = _dir.Write("big.txt", new string('a', 2048));
        var e = Assert.Throws<InputLimitException>(() => ArticleReader.ReadFile(file, CrossCheckOptions.Default with { MaxFileBytes = 1024 }))!;
        Assert.That(e.Message, Does.Contain("big.txt").And.Contain("MaxFileBytes"));
    }
}
