using ClaimCheck.Normalization;
namespace ClaimCheck.Tests.Normalization;
public class TmpDump
{
    [Test]
    public void Dump()
    {
        var files = Directory.GetFiles("/work/wt-norm/samples/data/riyadh-2025").Append("/work/shared/corpus/riyadh-2025-planted/x01_planted.txt");
        foreach (var f in files)
        {
            var text = File.ReadAllText(f);
            var o = new List<Quantity>();
            QuantityScanner.Scan(text, new TextSpan(0, text.Length), o);
            foreach (var q in o) TestContext.Out.WriteLine($"Q {Path.GetFileName(f)[..3]} [{q.Text}] {q.Kind} {q.Value} {q.Unit} {q.Counted} {(q.Approximate ? "~" : "")}");
        }
    }
}
