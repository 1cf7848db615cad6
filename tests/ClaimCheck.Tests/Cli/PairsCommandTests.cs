using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Cli;

public class PairsCommandTests
{
    private static readonly string[] Verdicts = { "agree", "conflict", "partial", "unrelated" };

    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "claimcheck-pairs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public void OutputHasAHeaderAndOneRowPerPairInInputOrder()
    {
        var rows = Enumerable.Range(0, 40).Select(i => $"p{i:D2}\tThe talks lasted {i} hours.\tThe negotiations lasted {i + 1} hours.");
        var input = Write("in.tsv", "id\ttextA\ttextB\n" + string.Join("\n", rows) + "\n");

        var (code, stdout, stderr) = Run("pairs", input);

        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stderr, Is.Empty);
        var lines = Lines(stdout);
        Assert.That(lines[0], Is.EqualTo("id\tverdict\tscore\texplanation"));
        Assert.That(lines.Skip(1).Select(l => l.Split('\t')[0]), Is.EqualTo(Enumerable.Range(0, 40).Select(i => $"p{i:D2}")));
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split('\t');
            Assert.That(f, Has.Length.EqualTo(4), line);
            Assert.That(Verdicts, Does.Contain(f[1]), line);
            Assert.That(f[2], Does.Match(@"^\d\.\d{3}$"), line);
        }
    }

    [Test]
    public void OutputIsTheSameOnEveryRun()
    {
        var input = Write("in.tsv", "id\ttextA\ttextB\r\na\tTrump met Putin.\tPutin met Trump.\r\nb\tNo deal was reached.\tA deal was reached.\r\n");
        var first = Run("pairs", input).Out;
        var second = Run("pairs", input).Out;
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void WrongHeaderStopsWithOneLineAndExitCode2()
    {
        var input = Write("in.tsv", "id\tsentence1\tsentence2\na\tx\ty\n");

        var (code, stdout, stderr) = Run("pairs", input);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(Lines(stderr), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.StartWith("claimcheck: " + input).And.Contain("header").And.Contain("line 1"));
    }

    [Test]
    public void EmptyFileIsRefused()
    {
        var (code, _, stderr) = Run("pairs", Write("in.tsv", ""));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(Lines(stderr), Has.Length.EqualTo(1));
    }

    [Test]
    public void BadRowsAreReportedWithLineNumbersAndSkipped()
    {
        var input = Write("in.tsv", string.Join("\n",
            "id\ttextA\ttextB",
            "ok1\tOne.\tTwo.",
            "short\tonly two fields",
            "\tMissing id.\tStill missing.",
            "long\ta\tb\tc",
            "",
            "ok2\tThree.\tFour.") + "\n");

        var (code, stdout, stderr) = Run("pairs", input);

        Assert.That(code, Is.EqualTo(0));
        Assert.That(Lines(stderr), Is.EqualTo(new[]
        {
            $"claimcheck: {input} line 3: expected 3 tab-separated fields (id, textA, textB), found 2",
            $"claimcheck: {input} line 4: the id is empty",
            $"claimcheck: {input} line 5: expected 3 tab-separated fields (id, textA, textB), found 4",
        }));
        Assert.That(Lines(stdout).Skip(1).Select(l => l.Split('\t')[0]), Is.EqualTo(new[] { "ok1", "ok2" }));
    }

    [Test]
    public void OutOptionWritesTheFileAndNothingToStdout()
    {
        var input = Write("in.tsv", "id\ttextA\ttextB\nx\tThe summit is likely.\tThe summit is unlikely.\n");
        var output = Path.Combine(_dir, "out.tsv");

        var (code, stdout, stderr) = Run("pairs", input, "--out", output);

        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Is.Empty);
        var lines = Lines(File.ReadAllText(output));
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Is.EqualTo(PairsCommand.OutputHeader));
        Assert.That(lines[1], Does.StartWith("x\t"));
    }

    [Test]
    public void MissingFileGivesExitCode2AndOneStderrLine()
    {
        var missing = Path.Combine(_dir, "nope.tsv");

        var (code, stdout, stderr) = Run("pairs", missing);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(Lines(stderr), Is.EqualTo(new[] { $"claimcheck: {missing}: no such file" }));
    }

    [Test]
    public void MissingInputArgumentIsAUsageError()
    {
        var (code, _, stderr) = Run("pairs");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("claimcheck: pairs needs an input file"));
    }

    [Test]
    public void UnknownOptionIsAUsageError()
    {
        var (code, _, stderr) = Run("pairs", Write("in.tsv", "id\ttextA\ttextB\n"), "--fast");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("unknown option '--fast'"));
    }

    [TestCase(ClaimCheck.Comparison.PairVerdict.Agree, "agree")]
    [TestCase(ClaimCheck.Comparison.PairVerdict.Conflict, "conflict")]
    [TestCase(ClaimCheck.Comparison.PairVerdict.Partial, "partial")]
    [TestCase(ClaimCheck.Comparison.PairVerdict.Unrelated, "unrelated")]
    public void VerdictsAreWrittenInLowerCase(ClaimCheck.Comparison.PairVerdict verdict, string name) =>
        Assert.That(PairsCommand.VerdictName(verdict), Is.EqualTo(name));

    [Test]
    public void ExplanationTabsAndLineBreaksBecomeSpaces()
    {
        var c = new ClaimCheck.Comparison.ClaimComparison(ClaimCheck.Comparison.PairVerdict.Conflict, 0.5, 1, null,
            System.Collections.Immutable.ImmutableArray<ClaimCheck.Comparison.SlotComparison>.Empty, "a\tb\r\nc");
        Assert.That(PairsCommand.FormatRow("id1", c), Is.EqualTo("id1\tconflict\t0.500\ta b  c"));
    }
}
