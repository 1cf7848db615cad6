using ClaimCheck.Articles;
using ClaimCheck.Comparison;

namespace ClaimCheck.Tests.Comparison;

public class PairModelTests
{
    private static double[] Evidence(string a, string b)
    {
        var pipeline = CrossCheckPipeline.Default;
        var comparer = (SlotComparer)pipeline.Comparer;
        var ca = pipeline.Analyze(new Article("a", a)).Claims;
        var cb = pipeline.Analyze(new Article("b", b)).Claims;
        return comparer.PairEvidence(ca, cb, a, b).Features;
    }

    private static double Feature(double[] x, string name) => x[PairModel.FeatureNames.IndexOf(name)];

    [Test]
    public void EveryWeightRowCoversEveryFeature()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PairModel.FeatureNames, Is.Unique);
            Assert.That(PairModel.CurrentWeights, Has.Length.EqualTo(PairModel.Classes.Length));
            foreach (var row in PairModel.CurrentWeights) Assert.That(row, Has.Length.EqualTo(PairModel.FeatureNames.Length), "retrain after adding a feature");
        });
    }

    [TestCase("The talks in Riyadh lasted barely two hours.", "The negotiations in Riyadh lasted four and a half hours.")]
    [TestCase("Will the summit take place next week?", "Nobody knows.")]
    [TestCase("", "The Kremlin has emphasized the need to restore ties.")]
    [TestCase("Shares of Hartford rose $2.88 to $46.50 in New York Stock Exchange composite trading on Tuesday after the insurer said it would raise prices.",
              "Shares of Hartford were up $2.28, or 5.2 percent, to $45.90 in midday trading.")]
    public void EvidenceIsOneFiniteValuePerFeature(string a, string b)
    {
        var x = Evidence(a, b);
        Assert.Multiple(() =>
        {
            Assert.That(x, Has.Length.EqualTo(PairModel.FeatureNames.Length));
            Assert.That(x.All(double.IsFinite), Is.True);
            var (pa, pc, po) = PairModel.Predict(x);
            Assert.That(pa + pc + po, Is.EqualTo(1).Within(1e-9));
        });
    }

    [Test]
    public void IdenticalStatementsOverlapCompletely()
    {
        const string s = "Comcast Class A shares were up 8 cents at $30.50 in morning trading on the Nasdaq Stock Market.";
        var x = Evidence(s, s);
        Assert.Multiple(() =>
        {
            foreach (var name in new[] { "p1Min", "p2Min", "p3Min", "p4Min", "bleuMin", "coverMin", "lcsMin", "editSimilarity" })
                Assert.That(Feature(x, name), Is.EqualTo(1).Within(1e-9), name);
            Assert.That(Feature(x, "uncoveredMax"), Is.EqualTo(0).Within(1e-9));
            Assert.That(Feature(x, "numberDisjoint"), Is.EqualTo(0));
            Assert.That(Feature(x, "longPair"), Is.EqualTo(1));
        });
    }

    [Test]
    public void RoundedFiguresAreTheSameNumberAndOtherFiguresAreNot()
    {
        var rounded = Evidence("Two-way trade totaled more than $34 billion.", "Trade volume was $33.4 billion last year.");
        var other = Evidence("Comcast shares were up 8 cents.", "The stock rose 48 cents.");
        var subset = Evidence("Shares rose 2 percent to $46.50.", "Shares rose to $46.50.");
        Assert.Multiple(() =>
        {
            Assert.That(Feature(rounded, "numberDisjoint"), Is.EqualTo(0));
            Assert.That(Feature(other, "numberDisjoint"), Is.EqualTo(1));
            Assert.That(Feature(subset, "numberSubset"), Is.EqualTo(1));
        });
    }

    [Test]
    public void TitleCaseMarksAHeadline()
    {
        var headline = Evidence("A nun in an Italian convent gave birth to a child", "Nun Gives Birth To Surprise Baby After Complaining Of Stomach Pains");
        var sentence = Evidence("A nun in an Italian convent gave birth to a child.", "A nun gave birth to a baby after complaining of stomach pains.");
        Assert.Multiple(() =>
        {
            Assert.That(Feature(headline, "headline"), Is.EqualTo(1));
            Assert.That(Feature(sentence, "headline"), Is.EqualTo(0));
        });
    }

    [Test]
    public void AStatementWithoutClaimsIsWeighedOnItsSurface()
    {
        var r = CrossChecker.Compare("When I talked to him last time, did I think that was the end-all?", "When I talked to him last time, did I think it was the end-all?");
        Assert.Multiple(() =>
        {
            Assert.That(r.Explanation, Does.Contain("surface evidence only"));
            Assert.That(r.Verdict, Is.EqualTo(PairVerdict.Agree), r.Explanation);
        });
    }
}
