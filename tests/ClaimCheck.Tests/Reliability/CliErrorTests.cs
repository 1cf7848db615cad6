using System.Text;
using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Reliability;

/// <summary>The command line turns bad input into one stderr line and exit code 2, and bugs into exit code 1 without a stack trace.</summary>
public class CliErrorTests
{
    private TempFolder _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _dir.Dispose();

    private static (int Code, string Out, string Err) Run(TextWriter? stdout, params string[] args)
    {
        stdout ??= new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString() ?? "", stderr.ToString());
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => Run(null, args);

    private static void AssertOneLine(string err, params string[] expected)
    {
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), err);
        Assert.That(lines[0], Does.StartWith("claimcheck: "));
        foreach (var e in expected) Assert.That(lines[0], Does.Contain(e));
        Assert.That(err, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void MissingPathIsExitCodeTwoWithOneLine()
    {
        var missing = Path.Combine(_dir.Path, "missing.txt");
        var (code, stdout, stderr) = Run("compare", missing);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        AssertOneLine(stderr, "missing.txt", "no such file");
    }

    [Test]
    public void InvalidUtf8IsExitCodeTwoNamingFileAndPosition()
    {
        var good = _dir.Write("good.txt", "Title\n\nLavrov met Rubio in Riyadh.");
        var bad = _dir.Write("bad.txt", Encoding.UTF8.GetBytes("Title\n\nLavrov ").Concat(new byte[] { 0xFF, 0xFE, 0x41 }).ToArray());
        var (code, stdout, stderr) = Run("compare", good, bad, "--format", "json");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        AssertOneLine(stderr, "bad.txt", "invalid UTF-8", "byte 14", "line 3");
    }

    [Test]
    public void DeepJsonIsExitCodeTwo()
    {
        var file = _dir.Write("deep.json", new string('[', 10_000) + new string(']', 10_000));
        var (code, _, stderr) = Run("compare", file);
        Assert.That(code, Is.EqualTo(2));
        AssertOneLine(stderr, "deep.json", "deeper", "line 1");
    }

    [Test]
    public void EmptyFolderIsExitCodeTwo()
    {
        var (code, _, stderr) = Run("compare", _dir.Path);
        Assert.That(code, Is.EqualTo(2));
        AssertOneLine(stderr, "no .txt");
    }

    [Test]
    public void ErrorMessagesWithLineBreaksStayOnOneLine()
    {
        var file = _dir.Write("two\nlines.txt", "");
        var (code, _, stderr) = Run("compare", file);
        Assert.That(code, Is.EqualTo(2));
        AssertOneLine(stderr, "empty");
    }

    [Test]
    public void UnwritableOutputPathIsExitCodeTwo()
    {
        var input = _dir.Write("a.txt", "Title\n\nLavrov met Rubio in Riyadh.");
        foreach (var outFile in new[] { _dir.Path, Path.Combine(_dir.Path, "no", "such", "dir", "r.json"), "bad\0name.json" })
        {
            var (code, _, stderr) = Run("compare", input, "--out", outFile);
            Assert.That(code, Is.EqualTo(2), outFile);
            AssertOneLine(stderr, "cannot write");
        }
    }

    [Test]
    public void PairsWithAnInvalidOutputPathIsExitCodeTwo()
    {
        var input = _dir.Write("p.tsv", "id\ttextA\ttextB\n1\tLavrov met Rubio.\tRubio met Lavrov.\n");
        var (code, _, stderr) = Run("pairs", input, "--out", "bad\0name.tsv");
        Assert.That(code, Is.EqualTo(2));
        AssertOneLine(stderr, "cannot write");
    }

    [Test]
    public void UnexpectedBugIsExitCodeOneWithAShortMessage()
    {
        var input = _dir.Write("a.txt", "Title\n\nLavrov met Rubio in Riyadh.");
        var (code, _, stderr) = Run(new FailingWriter(), "compare", input);
        Assert.That(code, Is.EqualTo(1));
        AssertOneLine(stderr, "internal error", "simulated bug", "--verbose");
    }

    [Test]
    public void VerboseShowsTheStackTraceOfABug()
    {
        var input = _dir.Write("a.txt", "Title\n\nLavrov met Rubio in Riyadh.");
        var (code, _, stderr) = Run(new FailingWriter(), "compare", input, "--verbose");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("internal error").And.Contain("   at ").And.Contain(nameof(FailingWriter)));
    }

    [Test]
    public void HostileButReadableInputIsExitCodeZero()
    {
        var file = _dir.Write("odd.txt", "Tïtle \u202E\n\n" + new string('(', 50_000) + " Lavrov\u200B met Rubio in Riyadh for 10^400 hours. 😀 \uFFFF");
        var (code, stdout, stderr) = Run("compare", file, "--format", "html");
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("<html").IgnoreCase);
    }

    /// <summary>A writer that fails like a bug would: not a <see cref="ClaimCheckException"/>.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(string? value) => throw new InvalidOperationException("simulated bug");

        public override void Write(char value) => throw new InvalidOperationException("simulated bug");
    }
}
