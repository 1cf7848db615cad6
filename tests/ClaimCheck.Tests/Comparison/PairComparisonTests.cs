using ClaimCheck.Comparison;

namespace ClaimCheck.Tests.Comparison;

public class PairComparisonTests
{
    private static ClaimComparison Compare(string a, string b) => CrossChecker.Compare(a, b);

    [Test]
    public void DurationInsideAnOpenIntervalAgrees()
    {
        var r = Compare("U.S. and Russian representatives held talks in Riyadh for over four hours.",
                        "The negotiations in Riyadh lasted four and a half hours.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Verdict, Is.EqualTo(PairVerdict.Agree), r.Explanation);
            Assert.That(r.Explanation, Does.Contain("lies within"));
        });
    }

    [Test]
    public void TheSameMeasureOfDifferentCountriesIsTwoFacts()
    {
        var r = Compare("Energy prices in Uzbekistan have risen by 54 percent since December.",
                        "Energy prices in the United States have risen by 43 percent since December.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Verdict, Is.Not.EqualTo(PairVerdict.Conflict), r.Explanation);
            Assert.That(r.Verdict, Is.Not.EqualTo(PairVerdict.Agree), r.Explanation);
            Assert.That(r.Explanation, Does.Contain("different actors"));
        });
    }

    [Test]
    public void DisjointDurationsOfTheSameTalksConflict()
    {
        var r = Compare("The talks in Riyadh lasted barely two hours.", "The negotiations in Riyadh lasted four and a half hours.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Verdict, Is.EqualTo(PairVerdict.Conflict), r.Explanation);
            Assert.That(r.ConflictType, Is.EqualTo(ConflictType.Number));
        });
    }

    [Test]
    public void DifferentCountsOfTheSameThingConflict()
    {
        var r = Compare("The two sides reached five main agreements.", "The two sides reached four main agreements.");
        Assert.That((r.Verdict, r.ConflictType), Is.EqualTo((PairVerdict.Conflict, (ConflictType?)ConflictType.Number)), r.Explanation);
    }

    [Test]
    public void CountsOfDifferentThingsAreNeverANumberConflict()
    {
        var r = Compare("After the talks the two sides reached four main agreements on a peace plan.",
                        "After the talks Russia and the U.S. proposed a three-stage peace plan.");
        Assert.That(r.Verdict, Is.Not.EqualTo(PairVerdict.Conflict), r.Explanation);
    }

    [Test]
    public void OppositePolarityConflicts()
    {
        var r = Compare("Kyiv was invited to the meeting in Riyadh.", "Kiev was not invited to the meeting in Riyadh.");
        Assert.That((r.Verdict, r.ConflictType), Is.EqualTo((PairVerdict.Conflict, (ConflictType?)ConflictType.Polarity)), r.Explanation);
    }

    [Test]
    public void LikelyAgainstUnlikelyIsAModalityConflict()
    {
        var r = Compare("Ushakov said a Trump-Putin summit is likely to take place next week.",
                        "A meeting between Putin and Trump is unlikely to take place next week, Ushakov said.");
        Assert.That((r.Verdict, r.ConflictType), Is.EqualTo((PairVerdict.Conflict, (ConflictType?)ConflictType.Modality)), r.Explanation);
    }

    [Test]
    public void UnlikelyAndProbablyNotAgree()
    {
        var r = Compare("A meeting between Putin and Trump is unlikely to take place next week.",
                        "A meeting between Putin and Trump would probably not take place next week.");
        Assert.That(r.Verdict, Is.EqualTo(PairVerdict.Agree), r.Explanation);
    }

    [Test]
    public void DifferentPersonInTheSameRoleIsAnActorConflict()
    {
        var r = Compare("The U.S. delegation was led by Vice President JD Vance.", "The U.S. delegation was led by Secretary of State Marco Rubio.");
        Assert.That((r.Verdict, r.ConflictType), Is.EqualTo((PairVerdict.Conflict, (ConflictType?)ConflictType.Actor)), r.Explanation);
    }

    [Test]
    public void LeadersOfDifferentSidesDoNotConflict()
    {
        var r = Compare("The U.S. delegation was led by Vice President JD Vance.", "The delegation led by Foreign Minister Sergey Lavrov arrived.");
        Assert.That(r.Verdict, Is.Not.EqualTo(PairVerdict.Conflict), r.Explanation);
    }

    [Test]
    public void DisjointAbsoluteDatesConflict()
    {
        var r = Compare("Trump and Putin spoke by phone on February 5, 2025.", "Trump spoke with Putin over the phone on February 12, 2025.");
        Assert.That((r.Verdict, r.ConflictType), Is.EqualTo((PairVerdict.Conflict, (ConflictType?)ConflictType.Date)), r.Explanation);
    }

    [Test]
    public void UnrelatedStatementsAreUnrelated()
    {
        var r = Compare("Musk donated 20,000 Starlink terminals to Ukraine in 2022.", "The Kremlin has emphasized the need to restore ties.");
        Assert.That(r.Verdict, Is.EqualTo(PairVerdict.Unrelated), r.Explanation);
    }

    [Test]
    public void EveryVerdictExplainsItselfAndCarriesAConfidence()
    {
        var r = Compare("The talks in Riyadh lasted barely two hours.", "The negotiations in Riyadh lasted four and a half hours.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Explanation, Does.Contain("duration"));
            Assert.That(r.Confidence, Is.InRange(0.0, 1.0));
            Assert.That(r.Slots, Is.Not.Empty);
        });
    }
}
